// approach: XOR all values so pairs cancel | time: O(n) | space: O(1)
import java.util.*;

class Solution {
    public int singleNumber(int[] socks) {
        int acc = 0;
        for (int code : socks) acc ^= code;
        return acc;
    }
}
