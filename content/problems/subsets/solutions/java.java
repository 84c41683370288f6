// approach: Backtracking, include or skip each topping | time: O(n * 2^n) | space: O(n) besides the output
import java.util.*;

class Solution {
    public List<List<Integer>> subsets(int[] toppings) {
        List<List<Integer>> result = new ArrayList<>(1 << toppings.length);
        choose(toppings, 0, new ArrayList<>(), result);
        return result;
    }

    private void choose(int[] toppings, int i, List<Integer> current, List<List<Integer>> result) {
        if (i == toppings.length) {
            result.add(new ArrayList<>(current));
            return;
        }
        current.add(toppings[i]);
        choose(toppings, i + 1, current, result);
        current.remove(current.size() - 1);
        choose(toppings, i + 1, current, result);
    }
}
