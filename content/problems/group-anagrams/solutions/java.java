// approach: Hash map keyed by sorted letters | time: O(n * k log k) | space: O(n * k)
// Anagrams share the same sorted spelling, so that spelling is a perfect bucket key.
import java.util.*;

class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> bins = new HashMap<>();
        for (String s : strs) {
            char[] letters = s.toCharArray();
            Arrays.sort(letters);
            bins.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(bins.values());
    }
}
