# approach: Iterative doubling: each topping extends every pizza so far | time: O(n * 2^n) | space: O(n * 2^n) for the output
class Solution:
    def subsets(self, toppings: List[int]) -> List[List[int]]:
        result = [[]]
        for topping in toppings:
            result += [pizza + [topping] for pizza in result]
        return result
