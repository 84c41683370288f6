// Long random call sequences; expected answers come from a set of words and a set of all their prefixes.

function randomWord(rng, maxLen, letters) {
  const len = rng.int(1, maxLen);
  let w = '';
  for (let i = 0; i < len; i++) w += letters[rng.int(0, letters.length - 1)];
  return w;
}

function makeCase(rng, calls, maxLen, letters) {
  const words = new Set();
  const prefixes = new Set();
  const inserted = [];
  const names = ['Trie'];
  const args = [[]];
  const output = [null];
  for (let i = 0; i < calls; i++) {
    const r = rng.next();
    // Queries mostly reuse or mutate inserted words so that both answers are common.
    let text = randomWord(rng, maxLen, letters);
    if (inserted.length > 0 && rng.next() < 0.6) {
      const base = rng.pick(inserted);
      const cut = rng.int(1, base.length);
      text = rng.next() < 0.5 ? base.slice(0, cut) : base + (rng.next() < 0.5 ? letters[0] : '');
      if (text.length > maxLen) text = text.slice(0, maxLen);
    }
    if (r < 0.4) {
      names.push('insert');
      args.push([text]);
      output.push(null);
      if (!words.has(text)) {
        words.add(text);
        inserted.push(text);
        for (let k = 1; k <= text.length; k++) prefixes.add(text.slice(0, k));
      }
    } else if (r < 0.7) {
      names.push('search');
      args.push([text]);
      output.push(words.has(text));
    } else {
      names.push('startsWith');
      args.push([text]);
      output.push(prefixes.has(text));
    }
  }
  return { input: [names, args], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) cases.push(makeCase(rng, rng.int(5, 200), t % 2 ? 4 : 12, t % 3 ? 'abc' : 'abcdefghijklmnopqrstuvwxyz'));
  // Large: 6 * 10^4 calls; scanning every stored word on each startsWith is about 10^9 string comparisons.
  cases.push(makeCase(rng, 60_000, 30, 'abcdefghijklmnopqrstuvwxyz'));
  cases.push(makeCase(rng, 60_000, 12, 'abcde'));
  return cases;
}
