import { collectTypes, type TypeNode, typeKey } from '../type-node.js';
import { type HarnessPlan, planTypes } from './harness-plan.js';

const boxed: Record<string, string> = {
  int: 'Integer',
  long: 'Long',
  double: 'Double',
  bool: 'Boolean',
  string: 'String',
  char: 'Character',
};
const prim: Record<string, string> = {
  int: 'int',
  long: 'long',
  double: 'double',
  bool: 'boolean',
  string: 'String',
  char: 'char',
};

/** The Java type a signature type maps to (boxed inside generics, as docs/problem-format.md's table says). */
export function javaType(node: TypeNode, box = false): string {
  if (node.kind === 'array') return `${javaType(node.of)}[]`;
  if (node.kind === 'list') return `List<${javaType(node.of, true)}>`;
  if (node.kind === 'void') return 'void';
  if (node.kind === 'ListNode' || node.kind === 'TreeNode') return node.kind;
  return (box ? boxed : prim)[node.kind]!;
}

function newArray(elem: TypeNode): string {
  const t = javaType(elem);
  if (t.includes('<')) return `(${t}[]) new ${t.slice(0, t.indexOf('<'))}[n]`;
  const bracket = t.indexOf('[');
  return bracket < 0 ? `new ${t}[n]` : `new ${t.slice(0, bracket)}[n]${t.slice(bracket)}`;
}

const scalarDecode: Record<string, string> = {
  int: 'J.i(x)',
  long: 'J.l(x)',
  double: 'J.d(x)',
  bool: 'J.b(x)',
  string: 'J.s(x)',
  char: 'J.c(x)',
  ListNode: 'J.listNode(x)',
  TreeNode: 'J.treeNode(x)',
};
const scalarEncode: Record<string, string> = {
  int: 'J.num(v, sb)',
  long: 'J.num(v, sb)',
  double: 'J.dbl(v, sb)',
  bool: 'J.bool(v, sb)',
  string: 'J.str(v, sb)',
  char: 'J.chr(v, sb)',
  ListNode: 'J.listNode((ListNode) v, sb)',
  TreeNode: 'J.treeNode((TreeNode) v, sb)',
};

function decoder(node: TypeNode): string {
  const k = typeKey(node);
  if (node.kind !== 'array' && node.kind !== 'list') {
    return `    static ${javaType(node)} d_${k}(Object x) { return ${scalarDecode[node.kind]}; }`;
  }
  const t = javaType(node);
  const inner = `d_${typeKey(node.of)}(l.get(k))`;
  const body =
    node.kind === 'array'
      ? `${t} r = ${newArray(node.of)}; for (int k = 0; k < n; k++) r[k] = ${inner}; return r;`
      : `${t} r = new ArrayList<>(n); for (int k = 0; k < n; k++) r.add(${inner}); return r;`;
  return `    @SuppressWarnings("unchecked") static ${t} d_${k}(Object x) { if (x == null) return null; List<Object> l = J.list(x); int n = l.size(); ${body} }`;
}

function encoder(node: TypeNode): string {
  const k = typeKey(node);
  if (node.kind !== 'array' && node.kind !== 'list')
    return `    static void e_${k}(Object v, StringBuilder sb) { ${scalarEncode[node.kind]}; }`;
  const loop =
    node.kind === 'array'
      ? `for (int k = 0; k < v.length; k++) { if (k > 0) sb.append(','); e_${typeKey(node.of)}(v[k], sb); }`
      : `boolean first = true; for (${javaType(node.of, true)} x : v) { if (!first) sb.append(','); first = false; e_${typeKey(node.of)}(x, sb); }`;
  return `    static void e_${k}(${javaType(node)} v, StringBuilder sb) { if (v == null) { sb.append("null"); return; } sb.append('['); ${loop} sb.append(']'); }`;
}

function callBody(plan: HarnessPlan): string {
  if (plan.kind === 'function') {
    const m = plan.method;
    const decls = m.params.map((p, i) => `${javaType(p.type)} a${i} = d_${typeKey(p.type)}(args.get(${i}));`).join(' ');
    const call = `new Solution().${m.name}(${m.params.map((_, i) => `a${i}`).join(', ')})`;
    if (plan.outputParam !== undefined) {
      return `${decls} ${call}; e_${typeKey(m.params[plan.outputParam]!.type)}(a${plan.outputParam}, sb);`;
    }
    if (m.returns.kind === 'void') return `${decls} ${call}; sb.append("null");`;
    return `${decls} ${javaType(m.returns)} r = ${call}; e_${typeKey(m.returns)}(r, sb);`;
  }
  const ctorArgs = plan.ctor.map((p, i) => `d_${typeKey(p.type)}(a0.get(${i}))`).join(', ');
  const cases = plan.methods
    .map((m) => {
      const args = m.params.map((p, i) => `d_${typeKey(p.type)}(a.get(${i}))`).join(', ');
      const call = `obj.${m.name}(${args})`;
      const body = m.returns.kind === 'void' ? `${call}; sb.append("null");` : `e_${typeKey(m.returns)}(${call}, sb);`;
      return `                case "${m.name}": { ${body} break; }`;
    })
    .join('\n');
  return `List<Object> names = J.list(args.get(0)); List<Object> lists = J.list(args.get(1));
            List<Object> a0 = J.list(lists.get(0));
            ${plan.className} obj = new ${plan.className}(${ctorArgs});
            sb.append("[null");
            for (int c = 1; c < names.size(); c++) {
                sb.append(','); List<Object> a = J.list(lists.get(c));
                switch ((String) names.get(c)) {
${cases}
                default: throw new IllegalArgumentException("unknown method " + names.get(c));
                }
            }
            sb.append(']');`;
}

/** The generated Java driver (Main.java) for one signature: typed decoders/encoders and the case loop. */
export function javaDriver(plan: HarnessPlan): string {
  const { decode, encode } = planTypes(plan);
  const decoders = collectTypes(decode).map(decoder).join('\n');
  const encoders = collectTypes(encode).map(encoder).join('\n');
  return `import java.util.*;
import java.io.*;
import java.nio.charset.StandardCharsets;

public class Main {
${decoders}
${encoders}

    static void call(List<Object> args, StringBuilder sb) {
        ${callBody(plan)}
    }

    static OutputStream ch;
    static void emit(String line) throws IOException { ch.write((line + "\\n").getBytes(StandardCharsets.UTF_8)); ch.flush(); }
    static Integer userLine(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) if ("Solution.java".equals(e.getFileName())) return e.getLineNumber();
        return null;
    }
    static String quote(String s) { StringBuilder sb = new StringBuilder(); J.str(s, sb); return sb.toString(); }

    static void run() throws Exception {
        // fd 3 is a socket, which /proc/self/fd cannot reopen; FileDescriptor(int) needs --add-opens java.base/java.io.
        java.lang.reflect.Constructor<FileDescriptor> fdc = FileDescriptor.class.getDeclaredConstructor(int.class);
        fdc.setAccessible(true);
        ch = new FileOutputStream(fdc.newInstance(3));
        PrintStream realOut = System.out;
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream("input.jsonl"), StandardCharsets.UTF_8));
        String raw; int i = 0;
        while ((raw = in.readLine()) != null) {
            if (raw.isEmpty()) continue;
            List<Object> args = J.list(J.parse(raw));
            J.Capture cap = new J.Capture();
            System.setOut(new PrintStream(cap, false, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            long t0 = System.nanoTime();
            try {
                call(args, sb);
                System.out.flush();
            } catch (Throwable t) {
                double ms = (System.nanoTime() - t0) / 1e6;
                System.setOut(realOut);
                String kind = t instanceof OutOfMemoryError ? "memory" : t instanceof J.OutputLimit ? "output" : "runtime";
                Integer line = userLine(t);
                emit("{\\"i\\":" + i + ",\\"e\\":\\"" + kind + "\\",\\"msg\\":" + quote(t.toString()) + ",\\"line\\":" + line + ",\\"ms\\":" + ms + ",\\"out\\":" + quote(cap.text()) + "}");
                return;
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            System.setOut(realOut);
            emit("{\\"i\\":" + i + ",\\"v\\":" + sb + ",\\"ms\\":" + ms + ",\\"out\\":" + quote(cap.text()) + "}");
            i++;
        }
        emit("{\\"done\\":true}");
    }

    public static void main(String[] argv) throws Exception {
        Throwable[] failure = new Throwable[1];
        // An anonymous class, not a lambda: bootstrapping LambdaMetafactory costs startup time.
        Thread t = new Thread(null, new Runnable() { public void run() { try { Main.run(); } catch (Throwable e) { failure[0] = e; } } }, "solution", 512L << 20);
        t.start();
        t.join();
        if (failure[0] != null) { failure[0].printStackTrace(); System.exit(70); }
    }
}
`;
}
