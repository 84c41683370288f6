/**
 * C source of the tiny supervisor every submission runs under (compiled once into the cache dir). It joins the run's
 * cgroups before anything else starts, sets rlimits, runs the command in its own process group, kills that group on
 * SIGTERM, and reports the child's exit status and rusage (CPU time, peak RSS) on a dedicated fd — Node cannot wait4.
 */
export const runnerSource = String.raw`#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* argv: report_fd cpu_sec as_bytes stack_bytes fsize_bytes cgroup_files(':'-joined or '-') -- command... */
static pid_t child = 0;
static void on_term(int sig) { (void)sig; if (child > 0) kill(-child, SIGKILL); }
static void lim(int res, unsigned long long v) {
    if (v == 0) return;
    struct rlimit r = { (rlim_t)v, (rlim_t)v };
    if (res == RLIMIT_CPU) r.rlim_max = v + 1;
    setrlimit(res, &r);
}
int main(int argc, char **argv) {
    if (argc < 9 || strcmp(argv[7], "--") != 0) { fprintf(stderr, "runner: bad arguments\n"); return 120; }
    int rfd = atoi(argv[1]);
    if (strcmp(argv[6], "-") != 0) {
        char *paths = strdup(argv[6]);
        for (char *p = strtok(paths, ":"); p; p = strtok(NULL, ":")) {
            int fd = open(p, O_WRONLY);
            char buf[32]; int n = snprintf(buf, sizeof buf, "%d\n", (int)getpid());
            if (fd < 0 || write(fd, buf, (size_t)n) != n) { fprintf(stderr, "runner: cannot join %s: %s\n", p, strerror(errno)); return 121; }
            close(fd);
        }
    }
    signal(SIGTERM, on_term);
    /* If the judge process dies (crash, SIGKILL), take the submission down with it instead of leaving it running. */
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() == 1) return 125;
    child = fork();
    if (child < 0) { perror("runner: fork"); return 122; }
    if (child == 0) {
        setpgid(0, 0);
        signal(SIGTERM, SIG_DFL);
        close(rfd);
        lim(RLIMIT_CPU, strtoull(argv[2], NULL, 10));
        lim(RLIMIT_AS, strtoull(argv[3], NULL, 10));
        lim(RLIMIT_STACK, strtoull(argv[4], NULL, 10));
        lim(RLIMIT_FSIZE, strtoull(argv[5], NULL, 10));
        struct rlimit core = { 0, 0 };
        setrlimit(RLIMIT_CORE, &core);
        execvp(argv[8], argv + 8);
        fprintf(stderr, "runner: cannot run %s: %s\n", argv[8], strerror(errno));
        _exit(127);
    }
    setpgid(child, child);
    int status = 0; struct rusage ru;
    while (wait4(child, &status, 0, &ru) < 0) { if (errno != EINTR) { perror("runner: wait4"); return 123; } }
    kill(-child, SIGKILL);
    long long cpu_us = (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec + (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
    char out[160];
    int n = snprintf(out, sizeof out, "%d %d %lld %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0, cpu_us, ru.ru_maxrss);
    if (write(rfd, out, (size_t)n) != n) return 124;
    return 0;
}
`;
