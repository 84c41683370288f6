// approach: Backtracking, include or skip each topping | time: O(n * 2^n) | space: O(n) besides the output
class Solution {
  /**
   * @param {number[]} toppings
   * @return {number[][]}
   */
  subsets(toppings) {
    const result = [];
    const current = [];
    const choose = (i) => {
      if (i === toppings.length) {
        result.push([...current]);
        return;
      }
      current.push(toppings[i]);
      choose(i + 1);
      current.pop();
      choose(i + 1);
    };
    choose(0);
    return result;
  }
}
