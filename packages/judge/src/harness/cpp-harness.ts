import { collectTypes, type TypeNode, typeKey } from '../type-node.js';
import { type HarnessPlan, planTypes } from './harness-plan.js';

const scalar: Record<string, string> = {
  int: 'int',
  long: 'long long',
  double: 'double',
  bool: 'bool',
  string: 'string',
  char: 'char',
  ListNode: 'ListNode*',
  TreeNode: 'TreeNode*',
  void: 'void',
};
const scalarDecode: Record<string, string> = {
  int: 'i',
  long: 'l',
  double: 'd',
  bool: 'b',
  string: 'str',
  char: 'c',
  ListNode: 'listNode',
  TreeNode: 'treeNode',
};
const scalarEncode: Record<string, [string, string]> = {
  int: ['long long', 'num'],
  long: ['long long', 'num'],
  double: ['double', 'dbl'],
  bool: ['bool', 'boolean'],
  string: ['const string&', 'str'],
  char: ['char', 'chr'],
  ListNode: ['ListNode*', 'listNode'],
  TreeNode: ['TreeNode*', 'treeNode'],
};

/** The C++ type a signature type maps to (`vector<T>` for both arrays and lists). */
export function cppType(node: TypeNode): string {
  return node.kind === 'array' || node.kind === 'list' ? `vector<${cppType(node.of)}>` : scalar[node.kind]!;
}

function decoder(node: TypeNode): string {
  const k = typeKey(node);
  if (node.kind !== 'array' && node.kind !== 'list') {
    return `inline ${cppType(node)} d_${k}(const V &x) { return ${scalarDecode[node.kind]}(x); }`;
  }
  const t = cppType(node);
  return `inline ${t} d_${k}(const V &x) { ${t} r; r.reserve(x.a.size()); for (const V &e : x.a) r.push_back(d_${typeKey(node.of)}(e)); return r; }`;
}

function encoder(node: TypeNode): string {
  const k = typeKey(node);
  if (node.kind !== 'array' && node.kind !== 'list') {
    const [arg, fn] = scalarEncode[node.kind]!;
    return `inline void e_${k}(${arg} v, string &o) { ${fn}(v, o); }`;
  }
  return `inline void e_${k}(const ${cppType(node)} &v, string &o) { o += '['; bool first = true; for (const auto &x : v) { if (!first) o += ','; first = false; e_${typeKey(node.of)}(x, o); } o += ']'; }`;
}

function callBody(plan: HarnessPlan): string {
  if (plan.kind === 'function') {
    const m = plan.method;
    const decls = m.params.map((p, i) => `auto a${i} = avj::d_${typeKey(p.type)}(args.a[${i}]);`).join(' ');
    const call = `sol->${m.name}(${m.params.map((_, i) => `a${i}`).join(', ')})`;
    const head = `${decls} unique_ptr<Solution> sol(new Solution());`;
    if (plan.outputParam !== undefined) {
      return `${head} ${call}; avj::e_${typeKey(m.params[plan.outputParam]!.type)}(a${plan.outputParam}, o);`;
    }
    if (m.returns.kind === 'void') return `${head} ${call}; o += "null";`;
    return `${head} auto r = ${call}; avj::e_${typeKey(m.returns)}(r, o);`;
  }
  // Arguments are decoded into locals first: LeetCode signatures take vectors by non-const reference.
  const ctorDecls = plan.ctor.map((p, i) => `auto c${i} = avj::d_${typeKey(p.type)}(lists.a[0].a[${i}]);`).join(' ');
  const ctorArgs = plan.ctor.map((_, i) => `c${i}`).join(', ');
  const branches = plan.methods
    .map((m) => {
      const decls = m.params.map((p, i) => `auto p${i} = avj::d_${typeKey(p.type)}(a.a[${i}]);`).join(' ');
      const call = `${decls} obj->${m.name}(${m.params.map((_, i) => `p${i}`).join(', ')})`;
      const body =
        m.returns.kind === 'void'
          ? `${call}; o += "null";`
          : `${call.replace(/ obj->/, ' auto r = obj->')}; avj::e_${typeKey(m.returns)}(r, o);`;
      return `if (name == "${m.name}") { ${body} }`;
    })
    .join(' else ');
  return `const avj::V &names = args.a[0]; const avj::V &lists = args.a[1];
    ${ctorDecls} unique_ptr<${plan.className}> obj(new ${plan.className}(${ctorArgs}));
    o += "[null";
    for (size_t c = 1; c < names.a.size(); c++) {
        o += ','; const string &name = names.a[c].s; const avj::V &a = lists.a[c];
        ${branches} else throw invalid_argument("unknown method " + name);
    }
    o += ']';`;
}

/** The generated C++ driver: the runtime header, the user's code under `#line 1 "solution.cpp"`, then the case loop. */
export function cppDriver(plan: HarnessPlan, userCode: string): string {
  const { decode, encode } = planTypes(plan);
  return `#include "runtime.hpp"
#line 1 "solution.cpp"
${userCode}
#line 1 "driver.cpp"
namespace avj {
${collectTypes(decode).map(decoder).join('\n')}
${collectTypes(encode).map(encoder).join('\n')}
}  // namespace avj

static void avj_call(const avj::V &args, string &o) {
    ${callBody(plan)}
}

int main() {
    ifstream in("input.jsonl");
    string raw;
    streambuf *real = cout.rdbuf();
    // Without badbit in the exception mask, iostreams swallow the capture's OutputLimit and the loop spins.
    cout.exceptions(ios::badbit);
    for (size_t i = 0; getline(in, raw);) {
        if (raw.empty()) continue;
        avj::V args = avj::parse(raw);
        avj::Capture cap;
        cout.rdbuf(&cap);
        string o;
        auto t0 = chrono::steady_clock::now();
        const char *kind = nullptr;
        string msg;
        try {
            avj_call(args, o);
            cout.flush();
        } catch (const avj::OutputLimit &) { kind = "output"; msg = "output limit exceeded";
        } catch (const bad_alloc &e) { kind = "memory"; msg = string("std::bad_alloc: ") + e.what();
        } catch (const exception &e) { kind = "runtime"; msg = e.what();
        } catch (...) { kind = "runtime"; msg = "an exception that is not a std::exception"; }
        double ms = chrono::duration<double, milli>(chrono::steady_clock::now() - t0).count();
        cout.rdbuf(real);
        cout.clear();
        string line = "{\\"i\\":" + to_string(i) + ",";
        if (kind) {
            line += "\\"e\\":\\"" + string(kind) + "\\",\\"msg\\":";
            avj::str(msg, line);
        } else {
            line += "\\"v\\":" + o;
        }
        line += ",\\"ms\\":";
        avj::dbl(ms, line);
        line += ",\\"out\\":";
        avj::str(cap.kept, line);
        line += "}";
        avj::emit(line);
        if (kind) return 0;
        i++;
    }
    avj::emit("{\\"done\\":true}");
    return 0;
}
`;
}
