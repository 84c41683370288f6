// approach: Two pointers, swap non-zeros forward | time: O(n) | space: O(1)
class Solution {
  /**
   * @param {number[]} nums
   * @return {void}
   */
  moveZeroes(nums) {
    let write = 0;
    for (let read = 0; read < nums.length; read++) {
      if (nums[read] !== 0) {
        const value = nums[read];
        nums[read] = nums[write];
        nums[write++] = value;
      }
    }
  }
}
