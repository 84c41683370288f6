import { CASE_STDOUT_KEEP, STDOUT_LIMIT } from './dynamic-plan.js';

/**
 * The Python driver: node classes, typed decode/encode, per-case capture of stdout, one JSON line per case on fd 3.
 * The user's file is compiled here so a syntax error becomes a compile error with its line.
 */
export function pythonDriver(planJson: string): string {
  return String.raw`import sys, os, json, time
PLAN = json.loads(${JSON.stringify(planJson)})
KEEP = ${CASE_STDOUT_KEEP}
LIMIT = ${STDOUT_LIMIT}

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

class OutputLimit(Exception):
    pass

class Capture:
    total = 0
    def __init__(self):
        self.parts = []
        self.kept = 0
    def write(self, s):
        s = str(s)
        Capture.total += len(s)
        if Capture.total > LIMIT:
            raise OutputLimit()
        if self.kept < KEEP:
            self.parts.append(s[: KEEP - self.kept])
            self.kept += min(len(s), KEEP - self.kept)
        return len(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)

def emit(obj):
    data = (json.dumps(obj, separators=(",", ":")) + "\n").encode()
    while data:
        data = data[os.write(3, data):]

def dec(t, v):
    if v is None:
        return None
    if isinstance(t, dict):
        return [dec(t["a"], x) for x in v]
    if t == "ListNode":
        head = None
        for x in reversed(v):
            head = ListNode(x, head)
        return head
    if t == "TreeNode":
        if not v or v[0] is None:
            return None
        root = TreeNode(v[0])
        queue = [root]
        qi, i = 0, 1
        while qi < len(queue) and i < len(v):
            node = queue[qi]
            qi += 1
            if i < len(v) and v[i] is not None:
                node.left = TreeNode(v[i])
                queue.append(node.left)
            i += 1
            if i < len(v) and v[i] is not None:
                node.right = TreeNode(v[i])
                queue.append(node.right)
            i += 1
        return root
    if t == "double":
        return float(v)
    return v

def enc(t, v):
    if v is None:
        return [] if t in ("ListNode", "TreeNode") else None
    if isinstance(t, dict):
        return [enc(t["a"], x) for x in v]
    if t == "ListNode":
        out = []
        while v is not None:
            out.append(v.val)
            if len(out) > 10000000:
                raise ValueError("the returned list has a cycle")
            v = v.next
        return out
    if t == "TreeNode":
        out, queue, qi = [], [v], 0
        while qi < len(queue):
            node = queue[qi]
            qi += 1
            if node is None:
                out.append(None)
                continue
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
            if len(queue) > 20000000:
                raise ValueError("the returned tree has a cycle")
        while out and out[-1] is None:
            out.pop()
        return out
    return v

def user_line(tb):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "solution.py":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line

def run_case(ns, args):
    if PLAN["kind"] == "function":
        vals = [dec(t, a) for t, a in zip(PLAN["params"], args)]
        res = getattr(ns["Solution"](), PLAN["name"])(*vals)
        if PLAN["out"] is not None:
            return enc(PLAN["params"][PLAN["out"]], vals[PLAN["out"]])
        return enc(PLAN["returns"], res)
    names, arglists = args
    obj = ns[PLAN["cls"]](*[dec(t, a) for t, a in zip(PLAN["ctor"], arglists[0])])
    out = [None]
    for name, a in zip(names[1:], arglists[1:]):
        m = PLAN["methods"][name]
        res = getattr(obj, name)(*[dec(t, x) for t, x in zip(m["params"], a)])
        out.append(None if m["returns"] == "void" else enc(m["returns"], res))
    return out

def main():
    src = open("solution.py", encoding="utf-8").read()
    try:
        code = compile(src, "solution.py", "exec")
    except (SyntaxError, ValueError) as e:
        emit({"e": "compile", "msg": type(e).__name__ + ": " + str(getattr(e, "msg", e)), "line": getattr(e, "lineno", None)})
        return
    ns = {"__name__": "__main__", "ListNode": ListNode, "TreeNode": TreeNode}
    exec("from typing import *", ns)
    real_stdout = sys.stdout
    cap = Capture()
    sys.stdout = cap
    try:
        exec(code, ns)
    except BaseException as e:
        sys.stdout = real_stdout
        kind = "memory" if isinstance(e, MemoryError) else "output" if isinstance(e, OutputLimit) else "runtime"
        emit({"i": 0, "e": kind, "msg": type(e).__name__ + ": " + str(e), "line": user_line(e.__traceback__), "ms": 0, "out": cap.text()})
        return
    with open("input.jsonl", encoding="utf-8") as f:
        for i, raw in enumerate(f):
            args = json.loads(raw)
            cap = Capture()
            sys.stdout = cap
            t0 = time.perf_counter()
            try:
                value = run_case(ns, args)
                ms = (time.perf_counter() - t0) * 1000
                sys.stdout = real_stdout
                try:
                    line = json.dumps({"i": i, "v": value, "ms": ms, "out": cap.text()}, separators=(",", ":"))
                except (TypeError, ValueError) as e:
                    emit({"i": i, "e": "runtime", "msg": "the returned value cannot be encoded: " + str(e), "ms": ms})
                    return
                data = (line + "\n").encode()
                while data:
                    data = data[os.write(3, data):]
            except BaseException as e:
                ms = (time.perf_counter() - t0) * 1000
                sys.stdout = real_stdout
                if isinstance(e, SystemExit):
                    emit({"i": i, "e": "runtime", "msg": "the solution called exit()", "ms": ms, "out": cap.text()})
                    return
                kind = "memory" if isinstance(e, MemoryError) else "output" if isinstance(e, OutputLimit) else "runtime"
                emit({"i": i, "e": kind, "msg": type(e).__name__ + ": " + str(e), "line": user_line(e.__traceback__), "ms": ms, "out": cap.text()})
                return
    emit({"done": True})

# Deep recursion runs on the main thread: the runner raises RLIMIT_STACK, so no big-stack thread is needed.
sys.setrecursionlimit(1000000)
main()
`;
}
