// approach: Prefix and suffix products | time: O(n) | space: O(1) extra
// answer[i] = (product left of i) * (product right of i); fill the left part forward, multiply the right part backward.
class Solution {
  productExceptSelf(nums) {
    const n = nums.length;
    const answer = new Array(n);
    let left = 1;
    for (let i = 0; i < n; i++) {
      answer[i] = left;
      left *= nums[i];
    }
    let right = 1;
    for (let i = n - 1; i >= 0; i--) {
      answer[i] = answer[i] * right || 0; // `|| 0` avoids printing -0
      right *= nums[i];
    }
    return answer;
  }
}
