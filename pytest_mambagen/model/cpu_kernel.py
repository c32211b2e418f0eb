"""The exact CPU decode step in C: one call per token for the whole model.

On a CPU a small Mamba-2's eager step is bound by two things that PyTorch cannot
remove from Python: ~25 operator dispatches per layer (each a few microseconds,
many more on a loaded machine where OpenMP barriers wait for busy cores), and
float32 weight reads (4 bytes a parameter) by MKL's matrix-vector product.
This step does everything for one token in one C function, called through
ctypes (which releases the GIL):

* weights are stored in the smallest format that gives back the loaded float32
  weights **bit for bit**: int8 with a float scale per group of 128 (the
  project's compact checkpoint, see :mod:`.compact`), bfloat16 (checkpoints
  saved in bfloat16, like the embedded model), or float32; the value used in
  each product is that float32 weight, so nothing is approximated;
* arithmetic is float32, in a fixed order: 16 independent partial sums per dot
  product added up as a fixed tree, no fused multiply-add (``-ffp-contract=off``),
  no fast-math; a row's result does not depend on the thread count or on the
  vector width the compiler picked, so two machines with this kernel compute the
  same logits;
* LoRA is not folded into the weights (that would make them float32 again): the
  base product and ``B (A x)`` are computed apart, as peft computes them;
* rows of each matrix-vector product are split in blocks over a small pool of
  helper threads of its own, claimed with one atomic operation each: a helper
  that the OS has not scheduled (a loaded machine) costs nothing, because the
  caller claims the blocks itself and waits only for blocks already claimed
  (OpenMP, like PyTorch's intra-op pool, waits at a barrier for every thread,
  which on a busy 2-core machine made a 2-thread step 20-50x slower than a
  1-thread one); the small element-wise work runs on the calling thread.

The reference is transformers' ``generate``; ``tests/test_decode.py`` holds this
step equal to it token for token (and to the plain PyTorch step). The source is
compiled once per machine with the system C compiler (``cc``, or ``$CC``) into
a cache folder; where no compiler works, :func:`library` returns ``None`` and
the decoder uses the plain PyTorch step, which is exact too, only slower.

Size (~700 lines): mostly the C source of the exact CPU step, kept beside its loader so that the
two cannot drift.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = r"""
#define _GNU_SOURCE
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#define LANES 16
#define GROUP 128
#define ROW_BLOCK 16
#define MAX_HELPERS 63
#define SPIN 4000

/* ---- a small pool of helper threads that never makes the caller wait for a late one ----
   A job is split in blocks; every thread (the caller too) claims blocks with one atomic
   compare-and-swap on a ticket (generation | blocks | next) until none is left, so a helper
   that is not scheduled (a loaded machine) only means the caller does more blocks itself.
   The caller waits only for blocks already claimed. OpenMP's barrier, by contrast, waits for
   every thread of the team at every product: ~25 times a token. */

typedef void (*block_fn)(void *ctx, int block);

static struct {
    _Atomic uint64_t ticket;  /* gen:24 | blocks:20 | next:20 */
    _Atomic int done;
    _Atomic int wake;         /* futex word, bumped at every job */
    _Atomic int sleepers;
    _Atomic(block_fn) fn;
    _Atomic(void *) ctx;
    int helpers;
    uint64_t gen;
    pthread_mutex_t lock;     /* one caller at a time; another caller runs its job alone */
    pthread_mutex_t spawn;
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER, .spawn = PTHREAD_MUTEX_INITIALIZER};

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

static int try_work(void) {
    uint64_t t = atomic_load(&pool.ticket);
    uint32_t blocks = (uint32_t)(t >> 20) & 0xFFFFF, next = (uint32_t)t & 0xFFFFF;
    if (next >= blocks) return 0;
    block_fn fn = atomic_load_explicit(&pool.fn, memory_order_relaxed);
    void *ctx = atomic_load_explicit(&pool.ctx, memory_order_relaxed);
    /* the claim succeeds only while this job is unfinished, so fn and ctx are this job's */
    if (!atomic_compare_exchange_weak(&pool.ticket, &t, t + 1)) return 1;
    fn(ctx, (int)next);
    atomic_fetch_add(&pool.done, 1);
    return 1;
}

static void *helper_main(void *arg) {
    (void)arg;
    for (;;) {
        int spins = 0;
        while (spins < SPIN) {
            if (try_work()) spins = 0;
            else { spins++; cpu_relax(); }
        }
        int seen = atomic_load(&pool.wake);
        atomic_fetch_add(&pool.sleepers, 1);
        uint64_t t = atomic_load(&pool.ticket);
        if (((uint32_t)t & 0xFFFFF) >= ((uint32_t)(t >> 20) & 0xFFFFF)) {
#ifdef __linux__
            syscall(SYS_futex, &pool.wake, FUTEX_WAIT_PRIVATE, seen, NULL, NULL, 0);
#else
            sched_yield();
#endif
        }
        atomic_fetch_sub(&pool.sleepers, 1);
    }
    return NULL;
}

static void ensure_helpers(int n) {
    if (n > MAX_HELPERS) n = MAX_HELPERS;
    if (pool.helpers >= n) return;
    pthread_mutex_lock(&pool.spawn);
    while (pool.helpers < n) {
        pthread_t th;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        int ok = pthread_create(&th, &attr, helper_main, NULL) == 0;
        pthread_attr_destroy(&attr);
        if (!ok) break;
        pool.helpers++;
    }
    pthread_mutex_unlock(&pool.spawn);
}

static void run_blocks(block_fn fn, void *ctx, int blocks, int threads) {
    if (threads <= 1 || blocks < 2 || blocks > 0xFFFFF || pthread_mutex_trylock(&pool.lock) != 0) {
        for (int i = 0; i < blocks; i++) fn(ctx, i);
        return;
    }
    ensure_helpers(threads - 1);
    atomic_store_explicit(&pool.fn, fn, memory_order_relaxed);
    atomic_store_explicit(&pool.ctx, ctx, memory_order_relaxed);
    atomic_store(&pool.done, 0);
    pool.gen = (pool.gen + 1) & 0xFFFFFF;
    atomic_store(&pool.ticket, (pool.gen << 40) | ((uint64_t)blocks << 20));
    atomic_fetch_add(&pool.wake, 1);
#ifdef __linux__
    if (atomic_load(&pool.sleepers) > 0) syscall(SYS_futex, &pool.wake, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
#endif
    while (try_work()) {}
    for (int spins = 0; atomic_load(&pool.done) < blocks; spins++) {
        if (spins > 2000) sched_yield();
        else cpu_relax();
    }
    pthread_mutex_unlock(&pool.lock);
}

/* ---- the model ---- */

typedef struct {
    int32_t kind;     /* 0 float32, 1 bfloat16 bits, 2 int8 with a float scale per GROUP values of a row */
    int32_t rows, cols, rank;
    const void *w;
    const float *scale;   /* kind 2: (rows, cols / GROUP) */
    const float *bias;    /* NULL or (rows) */
    const float *lora_a;  /* (rank, cols) */
    const float *lora_b;  /* (rows, rank) */
    float lora_scale;     /* y += (B (A x)) * lora_scale, as peft computes it */
} Linear;

typedef struct {
    const float *norm;
    Linear in_proj, out_proj;
    const float *conv_w;  /* (conv_dim, K) */
    const float *conv_b;  /* NULL or (conv_dim) */
    const float *dt_bias, *A, *D;  /* (heads); A = -exp(A_log) */
    const float *gnorm;   /* (d_inner) */
} Layer;

typedef struct {
    int32_t n_layers, d_model, d_inner, conv_dim, heads, head_dim, groups, d_state, kernel, gnorm_groups;
    int32_t max_rank;
    float norm_eps, gnorm_eps, dt_lo, dt_hi;
    int32_t clamp_dt;
    const Layer *layers;
    Linear embed;  /* (vocab, d_model), read for the input token */
    Linear head;   /* (vocab, d_model) */
    const float *norm_f;
} Model;

static inline float bf16_to_f32(uint16_t v) {
    uint32_t u = (uint32_t)v << 16;
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline float tree_sum(float *acc) {
    for (int s = LANES / 2; s > 0; s >>= 1)
        for (int l = 0; l < s; l++) acc[l] += acc[l + s];
    return acc[0];
}

/* 16 weights of row i from column k0 (k0 + 16 <= cols) as the float32 values they stand for. */
static inline void load16(const Linear *L, int i, int k0, float *w) {
    if (L->kind == 1) {
        const uint16_t *p = (const uint16_t *)L->w + (size_t)i * L->cols + k0;
        for (int l = 0; l < LANES; l++) w[l] = bf16_to_f32(p[l]);
    } else if (L->kind == 2) {
        const int8_t *p = (const int8_t *)L->w + (size_t)i * L->cols + k0;
        const float s = L->scale[(size_t)i * (L->cols / GROUP) + k0 / GROUP];
        for (int l = 0; l < LANES; l++) w[l] = (float)p[l] * s;
    } else {
        const float *p = (const float *)L->w + (size_t)i * L->cols + k0;
        for (int l = 0; l < LANES; l++) w[l] = p[l];
    }
}

static inline float load1(const Linear *L, int i, int k) {
    size_t at = (size_t)i * L->cols + k;
    if (L->kind == 1) return bf16_to_f32(((const uint16_t *)L->w)[at]);
    if (L->kind == 2) return (float)((const int8_t *)L->w)[at] * L->scale[(size_t)i * (L->cols / GROUP) + k / GROUP];
    return ((const float *)L->w)[at];
}

/* One row of W times NB input rows: out[j * ldo] = W[i] . x[j * ldx] for j < NB. */
#define DEFINE_DOT(NB)                                                                           \
static void dot_rows_##NB(const Linear *L, int i, const float *x, int ldx, float *out, int ldo) { \
    float acc[NB][LANES];                                                                        \
    float w[LANES];                                                                              \
    memset(acc, 0, sizeof acc);                                                                  \
    int k0 = 0;                                                                                  \
    for (; k0 + LANES <= L->cols; k0 += LANES) {                                                 \
        load16(L, i, k0, w);                                                                     \
        for (int j = 0; j < NB; j++)                                                             \
            for (int l = 0; l < LANES; l++) acc[j][l] += w[l] * x[(size_t)j * ldx + k0 + l];     \
    }                                                                                            \
    for (int k = k0; k < L->cols; k++) {                                                         \
        float wk = load1(L, i, k);                                                               \
        for (int j = 0; j < NB; j++) acc[j][k - k0] += wk * x[(size_t)j * ldx + k];              \
    }                                                                                            \
    for (int j = 0; j < NB; j++) out[(size_t)j * ldo] = tree_sum(acc[j]);                        \
}
DEFINE_DOT(1)
DEFINE_DOT(2)
DEFINE_DOT(4)

/* y (b, rows) = x (b, cols) W^T + bias + LoRA, for rows [r0, r1); u (b, rank) holds A x already. */
static void linear_rows(const Linear *L, const float *x, int b, float *y, const float *u, int r0, int r1) {
    for (int i = r0; i < r1; i++) {
        int j = 0;
        for (; j + 4 <= b; j += 4) dot_rows_4(L, i, x + (size_t)j * L->cols, L->cols, y + (size_t)j * L->rows + i, L->rows);
        for (; j + 2 <= b; j += 2) dot_rows_2(L, i, x + (size_t)j * L->cols, L->cols, y + (size_t)j * L->rows + i, L->rows);
        for (; j < b; j++) dot_rows_1(L, i, x + (size_t)j * L->cols, L->cols, y + (size_t)j * L->rows + i, L->rows);
        for (j = 0; j < b; j++) {
            float v = y[(size_t)j * L->rows + i];
            if (L->bias) v += L->bias[i];
            if (L->rank > 0) {
                const float *brow = L->lora_b + (size_t)i * L->rank;
                const float *uj = u + (size_t)j * L->rank;
                float d = 0.0f;
                for (int r = 0; r < L->rank; r++) d += brow[r] * uj[r];
                v += d * L->lora_scale;
            }
            y[(size_t)j * L->rows + i] = v;
        }
    }
}

typedef struct { const Linear *L; const float *x; int b; float *y; const float *u; } LinearJob;

static void linear_block(void *p, int blk) {
    LinearJob *job = (LinearJob *)p;
    int r1 = (blk + 1) * ROW_BLOCK;
    linear_rows(job->L, job->x, job->b, job->y, job->u, blk * ROW_BLOCK, r1 < job->L->rows ? r1 : job->L->rows);
}

static void linear(const Linear *L, const float *x, int b, float *y, float *u, int threads) {
    if (L->rank > 0) {
        Linear A = {0, L->rank, L->cols, 0, L->lora_a, NULL, NULL, NULL, NULL, 0.0f};
        linear_rows(&A, x, b, u, NULL, 0, L->rank);
    }
    LinearJob job = {L, x, b, y, u};
    run_blocks(linear_block, &job, (L->rows + ROW_BLOCK - 1) / ROW_BLOCK,
               (long)L->rows * L->cols * b >= 65536 ? threads : 1);
}

static void rms_norm(const float *x, const float *w, int n, float eps, float *out) {
    float acc[LANES];
    memset(acc, 0, sizeof acc);
    int k = 0;
    for (; k + LANES <= n; k += LANES)
        for (int l = 0; l < LANES; l++) acc[l] += x[k + l] * x[k + l];
    for (; k < n; k++) acc[k % LANES] += x[k] * x[k];
    float inv = 1.0f / sqrtf(tree_sum(acc) / (float)n + eps);
    for (k = 0; k < n; k++) out[k] = (x[k] * inv) * w[k];
}

static inline float silu(float v) { return v / (1.0f + expf(-v)); }

/* The SSM update of one head of one row, gated by silu(z): y = (state . C + D x) * silu(z). */
typedef struct { const Model *m; const Layer *L; const float *zx; float *ssm; float *y; int in_rows; } SsmJob;

static void ssm_block(void *p, int blk) {
    const SsmJob *job = (const SsmJob *)p;
    const Model *m = job->m;
    const Layer *L = job->L;
    const int di = m->d_inner, cd = m->conv_dim, H = m->heads, P = m->head_dim, N = m->d_state;
    const int G = m->groups, rep = H / G;
    const int j = blk / H, hh = blk % H;
    const float *row = job->zx + (size_t)j * job->in_rows;
    const float *z = row, *xs = row + di, *dt_raw = row + di + cd;
    const float *Bg = xs + di + (size_t)(hh / rep) * N, *Cg = xs + di + (size_t)G * N + (size_t)(hh / rep) * N;
    float *st = job->ssm + (((size_t)j * H + hh) * P) * N;
    float *yj = job->y + (size_t)j * di + (size_t)hh * P;
    float dt = dt_raw[hh] + L->dt_bias[hh];
    dt = dt > 20.0f ? dt : log1pf(expf(dt));
    if (m->clamp_dt) dt = fminf(fmaxf(dt, m->dt_lo), m->dt_hi);
    const float dA = expf(dt * L->A[hh]);
    float dB[N];
    for (int n = 0; n < N; n++) dB[n] = dt * Bg[n];
    for (int pp = 0; pp < P; pp++) {
        const float xv = xs[(size_t)hh * P + pp];
        float *sp = st + (size_t)pp * N;
        float acc[LANES];
        memset(acc, 0, sizeof acc);
        int n0 = 0;
        for (; n0 + LANES <= N; n0 += LANES)
            for (int l = 0; l < LANES; l++) {
                float v = sp[n0 + l] * dA + dB[n0 + l] * xv;
                sp[n0 + l] = v;
                acc[l] += v * Cg[n0 + l];
            }
        for (int n = n0; n < N; n++) {
            float v = sp[n] * dA + dB[n] * xv;
            sp[n] = v;
            acc[n - n0] += v * Cg[n];
        }
        float out = tree_sum(acc) + xv * L->D[hh];
        yj[pp] = out * silu(z[(size_t)hh * P + pp]);
    }
}

size_t mg_scratch_floats(const Model *m, int b) {
    size_t in_rows = m->layers[0].in_proj.rows;
    return (size_t)b * (3 * (size_t)m->d_model + in_rows + m->d_inner + m->max_rank) + 64;
}

/* One token for b rows. conv: (layers, b, conv_dim, K-1); ssm: (layers, b, heads, head_dim, d_state);
   logits: (b, vocab). Returns 0. */
int mg_step(const Model *m, const int64_t *tokens, int b, float *conv, float *ssm, float *logits,
            float *scratch, int threads) {
    const int d = m->d_model, di = m->d_inner, cd = m->conv_dim, K = m->kernel, H = m->heads;
    const int P = m->head_dim, N = m->d_state;
    const int in_rows = m->layers[0].in_proj.rows;
    float *x = scratch;                       /* (b, d) residual */
    float *h = x + (size_t)b * d;             /* (b, d) normed */
    float *o = h + (size_t)b * d;             /* (b, d) mixer output */
    float *zx = o + (size_t)b * d;            /* (b, in_rows) */
    float *y = zx + (size_t)b * in_rows;      /* (b, d_inner) */
    float *u = y + (size_t)b * di;            /* (b, max_rank) */

    for (int j = 0; j < b; j++)
        for (int k = 0; k < d; k++) x[(size_t)j * d + k] = load1(&m->embed, (int)tokens[j], k);

    for (int li = 0; li < m->n_layers; li++) {
        const Layer *L = &m->layers[li];
        for (int j = 0; j < b; j++) rms_norm(x + (size_t)j * d, L->norm, d, m->norm_eps, h + (size_t)j * d);
        linear(&L->in_proj, h, b, zx, u, threads);
        for (int j = 0; j < b; j++) {  /* the causal conv over the window, then silu */
            float *xbc = zx + (size_t)j * in_rows + di;
            float *cs = conv + (((size_t)li * b + j) * cd) * (K - 1);
            for (int c = 0; c < cd; c++) {
                const float *w = L->conv_w + (size_t)c * K;
                float *s = cs + (size_t)c * (K - 1);
                float v = L->conv_b ? L->conv_b[c] : 0.0f;
                for (int k = 0; k < K - 1; k++) v += s[k] * w[k];
                v += xbc[c] * w[K - 1];
                for (int k = 0; k + 1 < K - 1; k++) s[k] = s[k + 1];
                s[K - 2] = xbc[c];
                xbc[c] = silu(v);
            }
        }
        SsmJob sj = {m, L, zx, ssm + (size_t)li * b * H * P * N, y, in_rows};
        run_blocks(ssm_block, &sj, b * H, (long)b * H * P * N >= 262144 ? threads : 1);
        const int gs = di / m->gnorm_groups;
        for (int j = 0; j < b; j++) {  /* the gated output's group norm */
            float *yj = y + (size_t)j * di;
            for (int g = 0; g < m->gnorm_groups; g++) {
                float *yg = yj + (size_t)g * gs;
                float acc[LANES];
                memset(acc, 0, sizeof acc);
                int k = 0;
                for (; k + LANES <= gs; k += LANES)
                    for (int l = 0; l < LANES; l++) acc[l] += yg[k + l] * yg[k + l];
                for (; k < gs; k++) acc[k % LANES] += yg[k] * yg[k];
                float inv = 1.0f / sqrtf(tree_sum(acc) / (float)gs + m->gnorm_eps);
                for (k = 0; k < gs; k++) yg[k] = L->gnorm[(size_t)g * gs + k] * (yg[k] * inv);
            }
        }
        linear(&L->out_proj, y, b, o, u, threads);
        for (size_t k = 0; k < (size_t)b * d; k++) x[k] += o[k];
    }
    for (int j = 0; j < b; j++) rms_norm(x + (size_t)j * d, m->norm_f, d, m->norm_eps, h + (size_t)j * d);
    linear(&m->head, h, b, logits, u, threads);
    return 0;
}

int mg_abi(void) { return 4; }
"""

ABI = 4
CC_ENV = "CC"
CACHE_ENV = "MAMBAGEN_KERNEL_CACHE"
FLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fPIC", "-shared", "-std=gnu11",
         "-pthread"]

KIND_FLOAT32, KIND_BF16, KIND_INT8 = 0, 1, 2
KIND_NAMES = {KIND_FLOAT32: "float32", KIND_BF16: "bfloat16", KIND_INT8: "int8-g128"}
GROUP = 128


class Linear(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_int32), ("rows", ctypes.c_int32), ("cols", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("w", ctypes.c_void_p), ("scale", ctypes.c_void_p),
                ("bias", ctypes.c_void_p), ("lora_a", ctypes.c_void_p), ("lora_b", ctypes.c_void_p),
                ("lora_scale", ctypes.c_float)]


class Layer(ctypes.Structure):
    _fields_ = [("norm", ctypes.c_void_p), ("in_proj", Linear), ("out_proj", Linear),
                ("conv_w", ctypes.c_void_p), ("conv_b", ctypes.c_void_p), ("dt_bias", ctypes.c_void_p),
                ("A", ctypes.c_void_p), ("D", ctypes.c_void_p), ("gnorm", ctypes.c_void_p)]


class Model(ctypes.Structure):
    _fields_ = [(name, ctypes.c_int32) for name in (
        "n_layers", "d_model", "d_inner", "conv_dim", "heads", "head_dim", "groups", "d_state", "kernel",
        "gnorm_groups", "max_rank")] + [
        ("norm_eps", ctypes.c_float), ("gnorm_eps", ctypes.c_float), ("dt_lo", ctypes.c_float),
        ("dt_hi", ctypes.c_float), ("clamp_dt", ctypes.c_int32), ("layers", ctypes.POINTER(Layer)),
        ("embed", Linear), ("head", Linear), ("norm_f", ctypes.c_void_p)]


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pytest-mambagen" / "kernels"


def _compiler() -> str | None:
    cc = os.environ.get(CC_ENV) or "cc"
    return shutil.which(cc) or shutil.which("gcc")


def _cpu_key() -> str:
    """The CPU's model and flags: ``-march=native`` code is only valid where they are the same."""
    try:
        with open("/proc/cpuinfo") as fh:
            lines = [line for line in fh if line.startswith(("model name", "flags"))][:2]
    except OSError:
        lines = [platform.processor()]
    return "".join(lines)


class BuildError(RuntimeError):
    pass


def build(folder: Path | None = None) -> Path:
    """Compile :data:`SOURCE` (once per source, compiler and CPU) and return the shared library's path."""
    cc = _compiler()
    if cc is None:
        raise BuildError("no C compiler (cc, gcc or $CC) on PATH")
    version = subprocess.run([cc, "--version"], capture_output=True, text=True, timeout=30).stdout
    key = hashlib.sha256("\0".join([SOURCE, " ".join(FLAGS), version, _cpu_key(), platform.machine(),
                                    sys.platform]).encode()).hexdigest()[:16]
    folder = folder or cache_dir()
    target = folder / f"mambagen_step_{key}.so"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        src = Path(tmp) / "step.c"
        src.write_text(SOURCE)
        out = Path(tmp) / target.name
        proc = subprocess.run([cc, *FLAGS, str(src), "-o", str(out), "-lm"], capture_output=True, text=True,
                              timeout=300)
        if proc.returncode != 0:
            raise BuildError(f"{cc} failed: {proc.stderr.strip()[-600:]}")
        os.replace(out, target)  # atomic: a concurrent build writes the same bytes
    return target


@functools.cache
def library() -> ctypes.CDLL | None:
    """The compiled step, or ``None`` where it cannot be built or loaded (see :func:`why_unavailable`)."""
    try:
        lib = ctypes.CDLL(str(build()))
        if lib.mg_abi() != ABI:
            raise BuildError("stale library")
    except (BuildError, OSError, subprocess.SubprocessError) as exc:
        _why.append(f"{type(exc).__name__}: {exc}")
        return None
    lib.mg_step.argtypes = [ctypes.POINTER(Model), ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                            ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    lib.mg_step.restype = ctypes.c_int
    lib.mg_scratch_floats.argtypes = [ctypes.POINTER(Model), ctypes.c_int]
    lib.mg_scratch_floats.restype = ctypes.c_size_t
    return lib


_why: list[str] = []


def available() -> bool:
    return library() is not None


def why_unavailable() -> str | None:
    return _why[-1] if _why else None


# -- weights -------------------------------------------------------------------------


def lossless_storage(weight):
    """``(kind, data, scale)``: the smallest storage that gives back ``weight`` (float32) bit for bit.

    int8 with one float scale per 128 values of a row, where every group is
    ``q * s`` for integers ``|q| <= 127`` (how :mod:`.compact` stores the shipped
    model); else bfloat16 where every value is one; else float32 as it is.
    """
    import torch

    w = weight.detach().float().contiguous()
    rows, cols = w.shape
    if cols % GROUP == 0 and w.numel() >= 4096:
        groups = w.view(rows, cols // GROUP, GROUP)
        scale = groups.abs().amax(-1) / 127.0
        safe = torch.where(scale > 0, scale, torch.ones_like(scale))
        q = torch.round(groups / safe[..., None])
        if bool((q.abs() <= 127).all()) and torch.equal(q * scale[..., None], groups):
            return KIND_INT8, q.to(torch.int8).view(rows, cols).contiguous(), scale.contiguous()
    as_bf16 = w.to(torch.bfloat16)
    if torch.equal(as_bf16.float(), w):
        return KIND_BF16, as_bf16.view(torch.int16).contiguous(), None
    return KIND_FLOAT32, w, None


def lora_terms(module):
    """``(base_weight, bias, lora_A, lora_B, scaling)`` of a linear layer as peft applies it.

    ``lora_A`` is ``None`` when no adapter is active. Several active adapters are
    stacked along the rank (each ``lora_B`` scaled relative to the first). An
    adapter variant (DoRA and the like) or a merged layer is folded into the
    weight instead, which is then float32.
    """
    import torch
    from peft.tuners.lora import LoraLayer

    from .lora import effective_linear

    if not isinstance(module, LoraLayer):
        return module.weight.detach(), _maybe(module.bias), None, None, 0.0
    base = module.get_base_layer()
    bias = _maybe(base.bias)
    active = [] if getattr(module, "disable_adapters", False) else [
        a for a in module.active_adapters if a in module.lora_A]
    if not active:
        return base.weight.detach(), bias, None, None, 0.0
    plain = not getattr(module, "merged", False) and all(
        a not in getattr(module, "lora_variant", {}) and module.lora_B[a].bias is None
        and isinstance(module.lora_A[a], torch.nn.Linear) for a in active)
    if not plain:
        weight, bias = effective_linear(module)
        return weight, bias, None, None, 0.0
    first = float(module.scaling[active[0]])
    lora_a = torch.cat([module.lora_A[a].weight.detach().float() for a in active])
    lora_b = torch.cat([module.lora_B[a].weight.detach().float() * (float(module.scaling[a]) / first if first else 1.0)
                        for a in active], dim=1)
    return base.weight.detach(), bias, lora_a.contiguous(), lora_b.contiguous(), first


def _maybe(t):
    return None if t is None else t.detach().float().contiguous()


def _ptr(t) -> int | None:
    return None if t is None else t.data_ptr()


class NativeModel:
    """The ctypes image of a model's weights for :func:`library`'s ``mg_step`` (tensors kept alive here)."""

    def __init__(self, lm, dims):
        import torch

        self.lib = library()
        if self.lib is None:
            raise BuildError(why_unavailable() or "the CPU kernel is not available")
        self._keep: list = []
        self.kinds: dict[str, set[int]] = {}
        backbone = lm.backbone
        layers = (Layer * len(backbone.layers))()
        max_rank = 0
        for i, block in enumerate(backbone.layers):
            m = block.mixer
            entry = layers[i]
            entry.norm = self._f32(block.norm.weight)
            entry.in_proj, r1 = self._linear(m.in_proj, "in_proj")
            entry.out_proj, r2 = self._linear(m.out_proj, "out_proj")
            max_rank = max(max_rank, r1, r2)
            entry.conv_w = self._f32(m.conv1d.weight.squeeze(1))
            entry.conv_b = self._f32(m.conv1d.bias) if m.conv1d.bias is not None else None
            entry.dt_bias = self._f32(m.dt_bias)
            entry.A = self._f32(-torch.exp(m.A_log.detach().float()))
            entry.D = self._f32(m.D)
            entry.gnorm = self._f32(m.norm.weight)
        self._keep.append(layers)
        embed = backbone.embeddings.weight
        head = lm.lm_head.weight
        self.embed, _ = self._dense(embed, "embedding")
        if head.data_ptr() == embed.data_ptr():
            self.head = self.embed  # tied: one copy serves both
        else:
            self.head, _ = self._dense(head, "lm_head")
        model = Model()
        model.n_layers = len(backbone.layers)
        model.d_model = embed.shape[1]
        for name in ("d_inner", "conv_dim", "heads", "head_dim", "groups", "d_state", "kernel", "gnorm_groups"):
            setattr(model, name, int(getattr(dims, name)))
        model.max_rank = max_rank
        model.norm_eps, model.gnorm_eps = float(dims.norm_eps), float(dims.gnorm_eps)
        model.clamp_dt = int(dims.dt_lo > 0.0 or dims.dt_hi != float("inf"))
        model.dt_lo, model.dt_hi = float(dims.dt_lo), float(min(dims.dt_hi, 3.0e38))
        model.layers = ctypes.cast(layers, ctypes.POINTER(Layer))
        model.embed, model.head = self.embed, self.head
        model.norm_f = self._f32(backbone.norm_f.weight)
        self.model = model
        self.vocab = head.shape[0]
        self._scratch: dict[int, object] = {}

    def _f32(self, t) -> int:
        t = t.detach().float().contiguous()
        self._keep.append(t)
        return t.data_ptr()

    def _dense(self, weight, name: str):
        kind, data, scale = lossless_storage(weight)
        self.kinds.setdefault(name, set()).add(kind)
        self._keep.extend([data, scale])
        lin = Linear(kind=kind, rows=weight.shape[0], cols=weight.shape[1], rank=0, w=data.data_ptr(),
                     scale=_ptr(scale), bias=None, lora_a=None, lora_b=None, lora_scale=0.0)
        return lin, data

    def _linear(self, module, name: str):
        weight, bias, lora_a, lora_b, scaling = lora_terms(module)
        lin, _ = self._dense(weight, name)
        if bias is not None:
            self._keep.append(bias)
            lin.bias = bias.data_ptr()
        if lora_a is not None and scaling != 0.0:
            self._keep.extend([lora_a, lora_b])
            lin.rank, lin.lora_a, lin.lora_b, lin.lora_scale = lora_a.shape[0], lora_a.data_ptr(), lora_b.data_ptr(), scaling
        return lin, lin.rank

    def storage(self) -> dict[str, str]:
        """Which lossless format each kind of matrix is stored in."""
        return {name: "+".join(KIND_NAMES[k] for k in sorted(kinds)) for name, kinds in self.kinds.items()}

    def step(self, tokens, conv, ssm, logits, threads: int) -> None:
        """One token: ``tokens`` (b,) int64; ``conv``, ``ssm`` updated in place; ``logits`` (b, vocab) written."""
        import torch

        b = tokens.shape[0]
        scratch = self._scratch.get(b)
        if scratch is None:
            scratch = torch.empty(self.lib.mg_scratch_floats(ctypes.byref(self.model), b), dtype=torch.float32)
            self._scratch[b] = scratch
        self.lib.mg_step(ctypes.byref(self.model), tokens.data_ptr(), b, conv.data_ptr(), ssm.data_ptr(),
                         logits.data_ptr(), scratch.data_ptr(), threads)
