import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';

/** Where a submission is, as the live view shows it. */
export interface SubmitProgressState {
  readonly stage: 'submitting' | 'queued' | 'compiling' | 'running' | 'done';
  readonly done?: number;
  readonly total?: number;
  readonly label: string;
}

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function ProgressBar({ done, total }: { done: number; total: number }) {
  const width = 24;
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return (
    <Text>
      <Text color="green">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text> {done}/{total}
    </Text>
  );
}

/** The live view of `avantika submit` on a terminal: a spinner, the stage, and a bar while cases run. */
export function SubmitProgress({ state }: { state: SubmitProgressState }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (state.stage === 'done') return;
    const timer = setInterval(() => setFrame((f) => (f + 1) % frames.length), 80);
    return () => clearInterval(timer);
  }, [state.stage]);
  if (state.stage === 'done') return null;
  return (
    <Box gap={1}>
      <Text color="cyan">{frames[frame]}</Text>
      <Text>{state.label}</Text>
      {state.stage === 'running' && state.total !== undefined ? (
        <ProgressBar done={state.done ?? 0} total={state.total} />
      ) : null}
    </Box>
  );
}
