// approach: Two heaps (max-heap lower half, min-heap upper half) | time: O(log n) per add, O(1) per median | space: O(n)
class MedianFinder {
    priority_queue<int> low;                             // lower half, largest on top
    priority_queue<int, vector<int>, greater<int>> high;  // upper half, smallest on top

public:
    MedianFinder() {}

    void addNum(int num) {
        // Route through the lower half so every value in low stays <= every value in high.
        low.push(num);
        high.push(low.top());
        low.pop();
        if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
    }

    double findMedian() {
        if (low.size() > high.size()) return low.top();
        return (static_cast<long long>(low.top()) + high.top()) / 2.0;
    }
};
