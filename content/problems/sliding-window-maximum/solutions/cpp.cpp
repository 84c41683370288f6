// approach: Monotonic deque of indices | time: O(n) | space: O(k)
// The deque keeps candidates with decreasing prices; the front is the window's peak, expired fronts are dropped.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> dq;
        vector<int> peaks;
        peaks.reserve(nums.size() - k + 1);
        for (int i = 0; i < (int)nums.size(); i++) {
            while (!dq.empty() && nums[dq.back()] <= nums[i]) dq.pop_back();
            dq.push_back(i);
            if (dq.front() <= i - k) dq.pop_front();
            if (i >= k - 1) peaks.push_back(nums[dq.front()]);
        }
        return peaks;
    }
};
