// Random distinct topping lists; the expected menu is every bitmask subset.

function makeCase(rng, n) {
  const pool = Array.from({ length: 201 }, (_, i) => i - 100);
  rng.shuffle(pool);
  const toppings = pool.slice(0, n);
  const output = [];
  for (let mask = 0; mask < 1 << n; mask++) output.push(toppings.filter((_, i) => (mask >> i) & 1));
  return { input: [toppings], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(1, 9)));
  // Large: 2^15 pizzas; building them by permuting toppings and removing duplicates explodes.
  cases.push(makeCase(rng, 14));
  cases.push(makeCase(rng, 15));
  return cases;
}
