import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

interface CommandTree {
  readonly name: string;
  readonly subcommands: readonly string[];
  readonly options: readonly string[];
}

function collect(program: Command): CommandTree[] {
  return program.commands.map((cmd) => ({
    name: cmd.name(),
    subcommands: cmd.commands.map((sub) => sub.name()),
    options: cmd.options.map((o) => o.long ?? o.short ?? '').filter(Boolean),
  }));
}

function bashScript(tree: CommandTree[]): string {
  const cases = tree
    .map((c) => `    ${c.name}) words="${[...c.subcommands, ...c.options, '--help'].join(' ')}" ;;`)
    .join('\n');
  return `# avantika completion for bash: eval "$(avantika completion bash)"
_avantika() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${tree.map((c) => c.name).join(' ')} --help --version"
  else
    case "\${COMP_WORDS[1]}" in
${cases}
    *) words="" ;;
    esac
  fi
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F _avantika avantika
`;
}

function zshScript(tree: CommandTree[]): string {
  return `#compdef avantika
# avantika completion for zsh: eval "$(avantika completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bashScript(tree)}`;
}

function fishScript(tree: CommandTree[]): string {
  const lines = ['# avantika completion for fish: avantika completion fish | source', 'complete -c avantika -f'];
  for (const c of tree) {
    lines.push(`complete -c avantika -n __fish_use_subcommand -a ${c.name}`);
    for (const sub of c.subcommands)
      lines.push(`complete -c avantika -n '__fish_seen_subcommand_from ${c.name}' -a ${sub}`);
    for (const opt of c.options.filter((o) => o.startsWith('--'))) {
      lines.push(`complete -c avantika -n '__fish_seen_subcommand_from ${c.name}' -l ${opt.slice(2)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `avantika completion <shell>`: prints a completion script for bash, zsh or fish built from the command tree. */
export function printCompletion(ctx: CliContext, program: Command, shell: string): void {
  const tree = collect(program);
  const scripts: Record<string, (t: CommandTree[]) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };
  const make = scripts[shell];
  if (!make) throw new UsageError(`No completion for shell "${shell}".`, { hint: 'Use bash, zsh or fish.' });
  ctx.stdout.write(make(tree));
}
