import { CASE_STDOUT_KEEP, STDOUT_LIMIT } from './dynamic-plan.js';

/** Java runtime sources compiled once per harness version: LeetCode's node classes and a small JSON reader/writer. */
export const javaRuntimeSources: Record<string, string> = {
  'ListNode.java': `class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
`,
  'TreeNode.java': `class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}
`,
  'J.java': String.raw`import java.util.*;
import java.io.*;

final class J {
    static final class Num { final String raw; Num(String raw) { this.raw = raw; } }
    static final class OutputLimit extends RuntimeException { OutputLimit() { super("output limit exceeded"); } }
    static final int KEEP = ${CASE_STDOUT_KEEP};
    static final long LIMIT = ${STDOUT_LIMIT}L;
    static long total = 0;

    static final class Capture extends OutputStream {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        @Override public void write(int b) { total++; if (total > LIMIT) throw new OutputLimit(); if (kept.size() < KEEP) kept.write(b); }
        @Override public void write(byte[] b, int off, int len) {
            total += len;
            if (total > LIMIT) throw new OutputLimit();
            int room = KEEP - kept.size();
            if (room > 0) kept.write(b, off, Math.min(room, len));
        }
        String text() { return new String(kept.toByteArray(), java.nio.charset.StandardCharsets.UTF_8); }
    }

    private final String s; private int p;
    private J(String s) { this.s = s; }
    static Object parse(String text) { J j = new J(text); j.ws(); return j.value(); }
    private void ws() { while (p < s.length() && s.charAt(p) <= ' ') p++; }
    private Object value() {
        char c = s.charAt(p);
        if (c == '[') {
            p++; ArrayList<Object> out = new ArrayList<>(); ws();
            if (s.charAt(p) == ']') { p++; return out; }
            while (true) { ws(); out.add(value()); ws(); if (s.charAt(p++) == ']') return out; }
        }
        if (c == '"') return str();
        if (s.startsWith("null", p)) { p += 4; return null; }
        if (s.startsWith("true", p)) { p += 4; return Boolean.TRUE; }
        if (s.startsWith("false", p)) { p += 5; return Boolean.FALSE; }
        if (c == '{') throw new IllegalArgumentException("objects are not signature values");
        int st = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) p++;
        return new Num(s.substring(st, p));
    }
    private String str() {
        StringBuilder b = new StringBuilder(); p++;
        while (true) {
            char c = s.charAt(p++);
            if (c == '"') return b.toString();
            if (c != '\\') { b.append(c); continue; }
            char e = s.charAt(p++);
            switch (e) {
                case 'n': b.append('\n'); break; case 't': b.append('\t'); break; case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break; case 'f': b.append('\f'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
                default: b.append(e);
            }
        }
    }

    @SuppressWarnings("unchecked") static List<Object> list(Object x) { return (List<Object>) x; }
    static int i(Object x) { String r = ((Num) x).raw; try { return Integer.parseInt(r); } catch (NumberFormatException e) { return (int) Double.parseDouble(r); } }
    static long l(Object x) { String r = ((Num) x).raw; try { return Long.parseLong(r); } catch (NumberFormatException e) { return (long) Double.parseDouble(r); } }
    static double d(Object x) { return Double.parseDouble(((Num) x).raw); }
    static boolean b(Object x) { return (Boolean) x; }
    static String s(Object x) { return (String) x; }
    static char c(Object x) { return ((String) x).charAt(0); }
    static ListNode listNode(Object x) {
        if (x == null) return null;
        List<Object> v = list(x); ListNode head = null;
        for (int k = v.size() - 1; k >= 0; k--) head = new ListNode(i(v.get(k)), head);
        return head;
    }
    static TreeNode treeNode(Object x) {
        if (x == null) return null;
        List<Object> v = list(x);
        if (v.isEmpty() || v.get(0) == null) return null;
        TreeNode root = new TreeNode(i(v.get(0)));
        ArrayDeque<TreeNode> q = new ArrayDeque<>(); q.add(root); int k = 1;
        while (!q.isEmpty() && k < v.size()) {
            TreeNode n = q.poll();
            if (k < v.size() && v.get(k) != null) { n.left = new TreeNode(i(v.get(k))); q.add(n.left); } k++;
            if (k < v.size() && v.get(k) != null) { n.right = new TreeNode(i(v.get(k))); q.add(n.right); } k++;
        }
        return root;
    }

    static void num(Object v, StringBuilder sb) { if (v == null) sb.append("null"); else sb.append(v.toString()); }
    static void dbl(Object v, StringBuilder sb) {
        if (v == null) { sb.append("null"); return; }
        double d = ((Number) v).doubleValue();
        if (Double.isFinite(d)) sb.append(Double.toString(d)); else sb.append("null");
    }
    static void bool(Object v, StringBuilder sb) { sb.append(v == null ? "null" : v.toString()); }
    static void chr(Object v, StringBuilder sb) { if (v == null) sb.append("null"); else str(String.valueOf((char) (Character) v), sb); }
    static void str(Object v, StringBuilder sb) {
        if (v == null) { sb.append("null"); return; }
        String s = (String) v; sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }
    static void listNode(ListNode n, StringBuilder sb) {
        if (n == null) { sb.append("[]"); return; }
        sb.append('['); int count = 0;
        for (ListNode c = n; c != null; c = c.next) {
            if (count++ > 0) sb.append(',');
            if (count > 10_000_000) throw new IllegalStateException("the returned list has a cycle");
            sb.append(c.val);
        }
        sb.append(']');
    }
    static void treeNode(TreeNode root, StringBuilder sb) {
        ArrayList<TreeNode> q = new ArrayList<>(); q.add(root);
        for (int k = 0; k < q.size(); k++) {
            TreeNode n = q.get(k);
            if (n != null) { q.add(n.left); q.add(n.right); }
            if (q.size() > 20_000_000) throw new IllegalStateException("the returned tree has a cycle");
        }
        int end = q.size(); while (end > 0 && q.get(end - 1) == null) end--;
        sb.append('[');
        for (int k = 0; k < end; k++) { if (k > 0) sb.append(','); TreeNode n = q.get(k); if (n == null) sb.append("null"); else sb.append(n.val); }
        sb.append(']');
    }
}
`,
};
