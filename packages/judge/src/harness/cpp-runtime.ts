import { CASE_STDOUT_KEEP, STDOUT_LIMIT } from './dynamic-plan.js';

/**
 * The C++ runtime header, precompiled once per harness version: the standard library, LeetCode's node structs, a small
 * JSON reader/writer and a capped stdout buffer. The driver includes it before the user's code.
 */
export const cppRuntimeHeader = `#pragma once
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

namespace avj {
struct V {
    enum K { Null, Bool, Num, Str, Arr } k = Null;
    bool b = false;
    string s;
    vector<V> a;
};
struct OutputLimit {};

V parse(const string &text);
int i(const V &v);
long long l(const V &v);
double d(const V &v);
bool b(const V &v);
string str(const V &v);
char c(const V &v);
ListNode *listNode(const V &v);
TreeNode *treeNode(const V &v);
void num(long long x, string &o);
void dbl(double x, string &o);
void boolean(bool x, string &o);
void str(const string &s, string &o);
void chr(char x, string &o);
void listNode(ListNode *n, string &o);
void treeNode(TreeNode *root, string &o);
void emit(const string &line);
struct Capture : streambuf {
    static size_t total;
    string kept;
    int overflow(int ch) override;
    streamsize xsputn(const char *s, streamsize n) override;
};
}  // namespace avj
`;

/** The runtime's function bodies, compiled once into runtime.o and linked into every submission. */
export const cppRuntimeSource = String.raw`#include "runtime.hpp"
namespace avj {
struct Parser {
    const string &s; size_t p = 0;
    explicit Parser(const string &s) : s(s) {}
    void ws() { while (p < s.size() && (unsigned char)s[p] <= ' ') p++; }
    static void utf8(string &out, unsigned cp) {
        if (cp < 0x80) out += (char)cp;
        else if (cp < 0x800) { out += (char)(0xC0 | (cp >> 6)); out += (char)(0x80 | (cp & 63)); }
        else { out += (char)(0xE0 | (cp >> 12)); out += (char)(0x80 | ((cp >> 6) & 63)); out += (char)(0x80 | (cp & 63)); }
    }
    V value() {
        ws(); V v;
        char c = s[p];
        if (c == '[') {
            v.k = V::Arr; p++; ws();
            if (s[p] == ']') { p++; return v; }
            while (true) { v.a.push_back(value()); ws(); if (s[p++] == ']') return v; }
        }
        if (c == '"') {
            v.k = V::Str; p++;
            while (s[p] != '"') {
                if (s[p] != '\\') { v.s += s[p++]; continue; }
                char e = s[p + 1]; p += 2;
                switch (e) {
                    case 'n': v.s += '\n'; break; case 't': v.s += '\t'; break; case 'r': v.s += '\r'; break;
                    case 'b': v.s += '\b'; break; case 'f': v.s += '\f'; break;
                    case 'u': utf8(v.s, (unsigned)stoul(s.substr(p, 4), nullptr, 16)); p += 4; break;
                    default: v.s += e;
                }
            }
            p++; return v;
        }
        if (s.compare(p, 4, "null") == 0) { p += 4; return v; }
        if (s.compare(p, 4, "true") == 0) { p += 4; v.k = V::Bool; v.b = true; return v; }
        if (s.compare(p, 5, "false") == 0) { p += 5; v.k = V::Bool; return v; }
        size_t st = p;
        while (p < s.size() && strchr("+-0123456789.eE", s[p])) p++;
        v.k = V::Num; v.s = s.substr(st, p - st); return v;
    }
};

int i(const V &v) { return (int)strtoll(v.s.c_str(), nullptr, 10); }
long long l(const V &v) { return strtoll(v.s.c_str(), nullptr, 10); }
double d(const V &v) { return strtod(v.s.c_str(), nullptr); }
bool b(const V &v) { return v.b; }
string str(const V &v) { return v.s; }
char c(const V &v) { return v.s.empty() ? '\0' : v.s[0]; }
ListNode *listNode(const V &v) {
    ListNode *head = nullptr;
    for (size_t k = v.a.size(); k-- > 0;) head = new ListNode(i(v.a[k]), head);
    return head;
}
TreeNode *treeNode(const V &v) {
    if (v.a.empty() || v.a[0].k == V::Null) return nullptr;
    TreeNode *root = new TreeNode(i(v.a[0]));
    deque<TreeNode *> q{root}; size_t k = 1;
    while (!q.empty() && k < v.a.size()) {
        TreeNode *n = q.front(); q.pop_front();
        if (k < v.a.size() && v.a[k].k != V::Null) { n->left = new TreeNode(i(v.a[k])); q.push_back(n->left); } k++;
        if (k < v.a.size() && v.a[k].k != V::Null) { n->right = new TreeNode(i(v.a[k])); q.push_back(n->right); } k++;
    }
    return root;
}

void num(long long x, string &o) { o += to_string(x); }
void dbl(double x, string &o) {
    if (!isfinite(x)) { o += "null"; return; }
    char buf[40]; snprintf(buf, sizeof buf, "%.17g", x); o += buf;
}
void boolean(bool x, string &o) { o += x ? "true" : "false"; }
void str(const string &s, string &o) {
    o += '"';
    for (unsigned char ch : s) {
        if (ch == '"' || ch == '\\') { o += '\\'; o += (char)ch; }
        else if (ch < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\u%04x", ch); o += buf; }
        else o += (char)ch;
    }
    o += '"';
}
void chr(char x, string &o) { str(string(1, x), o); }
void listNode(ListNode *n, string &o) {
    o += '['; size_t count = 0;
    for (; n; n = n->next) {
        if (count++) o += ',';
        if (count > 10000000) throw runtime_error("the returned list has a cycle");
        o += to_string(n->val);
    }
    o += ']';
}
void treeNode(TreeNode *root, string &o) {
    vector<TreeNode *> q{root};
    for (size_t k = 0; k < q.size(); k++) {
        if (q[k]) { q.push_back(q[k]->left); q.push_back(q[k]->right); }
        if (q.size() > 20000000) throw runtime_error("the returned tree has a cycle");
    }
    size_t end = q.size(); while (end > 0 && !q[end - 1]) end--;
    o += '[';
    for (size_t k = 0; k < end; k++) { if (k) o += ','; if (q[k]) o += to_string(q[k]->val); else o += "null"; }
    o += ']';
}

size_t Capture::total = 0;
int Capture::overflow(int ch) {
        if (ch == EOF) return 0;
        if (++total > ${STDOUT_LIMIT}) throw OutputLimit{};
        if (kept.size() < ${CASE_STDOUT_KEEP}) kept += (char)ch;
        return ch;
}
streamsize Capture::xsputn(const char *s, streamsize n) {
        total += (size_t)n;
        if (total > ${STDOUT_LIMIT}) throw OutputLimit{};
        if (kept.size() < ${CASE_STDOUT_KEEP}) kept.append(s, min((size_t)n, ${CASE_STDOUT_KEEP} - kept.size()));
        return n;
}

void emit(const string &line) {
    string data = line + "\n";
    size_t off = 0;
    while (off < data.size()) { ssize_t w = write(3, data.data() + off, data.size() - off); if (w <= 0) _exit(71); off += (size_t)w; }
}
V parse(const string &text) { return Parser(text).value(); }
}  // namespace avj
`;
