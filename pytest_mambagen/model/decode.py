"""Fast generation for Mamba-2: our own single-token step over static state buffers.

transformers' ``generate`` pays Python and cache-object overhead on every token,
which dominates for small models on a CPU and for all models on a GPU. Here the
weights are pulled out of the model once, the prompt is prefilled with the
chunked scan (:mod:`.forward`), and each new token updates preallocated conv and
SSM states in place. Step kinds:

* ``native`` (the CPU default where a C compiler works): the whole token in one
  C call (:mod:`.cpu_kernel`), float32 arithmetic over weights stored losslessly;
  LoRA applied unfolded, as peft does;
* ``ring``: the plain PyTorch step with the fewest ops (the CPU fallback, and the
  one that runs bfloat16 projections when asked for them);
* ``shift``: the plain step in a static form that can be compiled and captured in
  a CUDA graph; ``fused``: that step with the SSM update in one Triton kernel.

Compiled and graphed steps pad the batch up to a bucket (:data:`DEFAULT_BUCKETS`)
so that a long-lived process meets a bounded number of shapes: one compile and
one graph per bucket, never dynamo's recompile limit (see :meth:`FastDecoder.compiled_step`).

The reference path is transformers' ``generate`` (:mod:`.reference`); the tests
hold every step kind equal to it token for token on greedy decoding in float32.

Size (~590 lines): the step kinds (native, ring, shift, fused) and their buckets live together,
so that their equality to the reference is read and tested in one place.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

from .forward import backbone_forward, unwrap
from .lora import effective_linear


@dataclass
class LayerWeights:
    norm: torch.Tensor
    in_w: torch.Tensor
    in_b: torch.Tensor | None
    conv_w: torch.Tensor  # (conv_dim, K)
    conv_b: torch.Tensor | None
    dt_bias: torch.Tensor
    A: torch.Tensor  # -exp(A_log), float32
    D: torch.Tensor
    gnorm: torch.Tensor
    out_w: torch.Tensor
    out_b: torch.Tensor | None


@dataclass
class Dims:
    d_inner: int
    conv_dim: int
    heads: int
    head_dim: int
    groups: int
    d_state: int
    kernel: int
    norm_eps: float
    gnorm_eps: float
    gnorm_groups: int
    dt_lo: float
    dt_hi: float


@dataclass
class DecodeResult:
    tokens: list[int]
    finish_reason: str  # "stop" or "length"
    prompt_tokens: int
    seconds: float = 0.0


@dataclass
class SamplingParams:
    max_new_tokens: int = 512
    temperature: float = 0.0
    top_p: float = 1.0
    stop_ids: tuple[int, ...] = ()
    seeds: Sequence[int] | None = None  # one per row; sampling is reproducible per row


@dataclass
class _State:
    conv: list[torch.Tensor] = field(default_factory=list)  # "shift": (b, conv_dim, K-1); "ring": (conv_dim, b, K)
    ssm: list[torch.Tensor] = field(default_factory=list)  # (b, heads, head_dim, d_state)
    pos: int = 0  # "ring": where the next conv input goes
    conv_all: torch.Tensor | None = None  # "native": (layers, b, conv_dim, K-1); conv[i] are its views
    ssm_all: torch.Tensor | None = None  # "native": (layers, b, heads, head_dim, d_state)
    logits: torch.Tensor | None = None  # "native": the step's output buffer, reused every token


def layer_step(x: torch.Tensor, w: LayerWeights, dims: Dims, conv: torch.Tensor, ssm: torch.Tensor) -> torch.Tensor:
    """One token through one block. ``x`` is the float32 residual (b, d_model); states update in place."""
    b = x.shape[0]
    cdt = w.in_w.dtype
    h = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + dims.norm_eps) * w.norm
    zxbcdt = F.linear(h.to(cdt), w.in_w, w.in_b).float()
    z = zxbcdt[:, : dims.d_inner]
    xbc = zxbcdt[:, dims.d_inner : dims.d_inner + dims.conv_dim]
    dt = zxbcdt[:, dims.d_inner + dims.conv_dim :]

    conv_out = (conv * w.conv_w[:, :-1]).sum(-1) + xbc * w.conv_w[:, -1]
    if w.conv_b is not None:
        conv_out = conv_out + w.conv_b
    conv.copy_(torch.cat([conv[:, :, 1:], xbc.to(conv.dtype).unsqueeze(-1)], dim=-1))
    xbc = F.silu(conv_out)

    hx = xbc[:, : dims.d_inner].view(b, dims.heads, dims.head_dim)
    gn = dims.groups * dims.d_state
    rep = dims.heads // dims.groups
    Bm = xbc[:, dims.d_inner : dims.d_inner + gn].view(b, dims.groups, 1, dims.d_state)
    Cm = xbc[:, dims.d_inner + gn :].view(b, dims.groups, 1, dims.d_state)
    Bm = Bm.expand(b, dims.groups, rep, dims.d_state).reshape(b, dims.heads, dims.d_state)
    Cm = Cm.expand(b, dims.groups, rep, dims.d_state).reshape(b, dims.heads, dims.d_state)
    dt = torch.clamp(F.softplus(dt + w.dt_bias), dims.dt_lo, dims.dt_hi)  # (b, heads)
    decay = torch.exp(dt * w.A)
    new = ssm.float() * decay[..., None, None] + (hx * dt[..., None]).unsqueeze(-1) * Bm.unsqueeze(2)
    ssm.copy_(new.to(ssm.dtype))
    y = torch.matmul(new, Cm.unsqueeze(-1)).squeeze(-1) + hx * w.D[:, None]

    y = y.reshape(b, dims.d_inner) * F.silu(z)
    yg = y.view(b, dims.gnorm_groups, -1)
    y = (yg * torch.rsqrt(yg.pow(2).mean(-1, keepdim=True) + dims.gnorm_eps)).view(b, dims.d_inner) * w.gnorm
    return x + F.linear(y.to(cdt), w.out_w, w.out_b).float()


def layer_step_fused(x: torch.Tensor, w: LayerWeights, dims: Dims, conv: torch.Tensor,
                     ssm: torch.Tensor) -> torch.Tensor:
    """:func:`layer_step` with the SSM update in one Triton kernel (:mod:`.kernels`), for CUDA.

    Meant to be compiled (the norms, conv and projections fuse around the kernel)
    and replayed from a CUDA graph.
    """
    from .kernels import ssm_step

    b = x.shape[0]
    cdt = w.in_w.dtype
    h = F.rms_norm(x, (x.shape[-1],), w.norm, dims.norm_eps)
    zxbcdt = F.linear(h.to(cdt), w.in_w, w.in_b)
    z = zxbcdt[:, : dims.d_inner]
    xbc = zxbcdt[:, dims.d_inner : dims.d_inner + dims.conv_dim].float()
    dt = zxbcdt[:, dims.d_inner + dims.conv_dim :]
    conv_out = (conv * w.conv_w[:, :-1]).sum(-1) + xbc * w.conv_w[:, -1]
    if w.conv_b is not None:
        conv_out = conv_out + w.conv_b
    conv.copy_(torch.cat([conv[:, :, 1:], xbc.unsqueeze(-1)], dim=-1))
    xbc = F.silu(conv_out)
    gn = dims.groups * dims.d_state
    y = ssm_step(ssm, xbc[:, : dims.d_inner], dt, w.dt_bias, w.A, xbc[:, dims.d_inner : dims.d_inner + gn],
                 xbc[:, dims.d_inner + gn :], w.D, z, (dims.dt_lo, dims.dt_hi), dims.groups)
    yg = y.view(b, dims.gnorm_groups, -1)
    y = (yg * torch.rsqrt(yg.pow(2).mean(-1, keepdim=True) + dims.gnorm_eps)).view(b, dims.d_inner) * w.gnorm
    return x + F.linear(y.to(cdt), w.out_w, w.out_b).float()


@dataclass
class RingAux:
    """Per-layer extras for :func:`layer_step_ring` (precomputed once per weights)."""

    conv_rot: torch.Tensor  # (K, conv_dim, K, 1): conv weights rotated for each ring position
    conv_b: torch.Tensor  # (conv_dim, 1, 1)
    D: torch.Tensor  # (1, heads, 1)
    gnorm: torch.Tensor  # (gnorm_groups, group) or (d_inner,)

    @classmethod
    def build(cls, w: LayerWeights, dims: Dims) -> RingAux:
        k = dims.kernel
        rot = torch.stack([torch.stack([w.conv_w[:, (q - p - 1) % k] for q in range(k)], -1) for p in range(k)])
        bias = w.conv_b if w.conv_b is not None else torch.zeros(dims.conv_dim)
        return cls(conv_rot=rot.unsqueeze(-1).contiguous(), conv_b=bias.view(-1, 1, 1).contiguous(),
                   D=w.D.view(1, -1, 1).contiguous(), gnorm=w.gnorm.view(dims.gnorm_groups, -1).contiguous())


def layer_step_ring(x: torch.Tensor, w: LayerWeights, aux: RingAux, dims: Dims, window: torch.Tensor, pos: int,
                    ssm: torch.Tensor) -> torch.Tensor:
    """:func:`layer_step` with fewer, larger ops, for eager execution on a CPU.

    Per-op dispatch, not arithmetic, dominates a small model's step on a CPU, so
    the conv window is a ring buffer ``(conv_dim, b, K)`` written at ``pos`` and
    read with one batched matmul against weights rotated for that position, and
    the state update runs in place. Same function as :func:`layer_step`.
    """
    b = x.shape[0]
    h = F.rms_norm(x, (x.shape[-1],), w.norm, dims.norm_eps)
    zxbcdt = F.linear(h.to(w.in_w.dtype), w.in_w, w.in_b).float()
    z, xbc, dt = zxbcdt.split([dims.d_inner, dims.conv_dim, dims.heads], dim=-1)
    window[:, :, pos].copy_(xbc.t())
    xbc = F.silu(torch.baddbmm(aux.conv_b, window, aux.conv_rot[pos]).view(dims.conv_dim, b).t())
    gn = dims.groups * dims.d_state
    hx, Bm, Cm = xbc.split([dims.d_inner, gn, gn], dim=-1)
    hx = hx.reshape(b, dims.heads, dims.head_dim)
    dt = F.softplus(dt + w.dt_bias)
    if dims.dt_lo > 0.0 or dims.dt_hi != math.inf:
        dt = dt.clamp(dims.dt_lo, dims.dt_hi)
    rep = dims.heads // dims.groups
    Bm = Bm.reshape(b, dims.groups, 1, 1, dims.d_state)
    Cm = Cm.reshape(b, dims.groups, 1, dims.d_state, 1)
    ssm5 = ssm.view(b, dims.groups, rep, dims.head_dim, dims.d_state)
    ssm.mul_(torch.exp(dt * w.A).view(b, dims.heads, 1, 1))
    ssm5.add_((hx * dt.unsqueeze(-1)).view(b, dims.groups, rep, dims.head_dim, 1) * Bm)
    y = torch.matmul(ssm5, Cm).view(b, dims.heads, dims.head_dim).addcmul_(hx, aux.D)
    y = y.view(b, dims.d_inner).mul_(F.silu(z))
    y = F.rms_norm(y.view(b, dims.gnorm_groups, -1), (dims.d_inner // dims.gnorm_groups,), None, dims.gnorm_eps)
    y = y.mul_(aux.gnorm).view(b, dims.d_inner)
    return x + F.linear(y.to(w.out_w.dtype), w.out_w, w.out_b).float()


DEFAULT_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)


def bucket_for(batch: int, buckets: Sequence[int] | None) -> int:
    """The batch size a step runs at: the smallest bucket that holds ``batch`` rows.

    Past the largest bucket, the next multiple of it (so the shapes a process
    meets stay few however its batches vary). ``None``: no bucketing.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, got {batch}")
    if not buckets:
        return batch
    for size in sorted(buckets):
        if size >= batch:
            return size
    top = max(buckets)
    return -(-batch // top) * top


def _copy_function(fn: Callable) -> Callable:
    """``fn`` with a code object of its own.

    dynamo keeps its compiled entries (and counts recompiles against its limit)
    per code object, so every decoder that compiles the same step function would
    otherwise add to one shared count; a copy gives each decoder its own.
    """
    import types

    copy = types.FunctionType(fn.__code__.replace(), fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
    copy.__kwdefaults__ = fn.__kwdefaults__
    copy.__qualname__, copy.__doc__, copy.__module__ = fn.__qualname__, fn.__doc__, fn.__module__
    return copy


class FastDecoder:
    """Greedy or sampled generation over our own step; one instance per loaded model.

    ``compute_dtype`` is the dtype of the projections in the step (float32 by
    default on CPU; bfloat16 halves the weight reads but rounds the activations
    too, so greedy output drifts from the float32 reference). States are float32
    unless ``state_dtype`` says otherwise.

    ``batch_buckets``: compiled and graphed steps pad a batch up to the next
    bucket (default :data:`DEFAULT_BUCKETS` for them, none for eager steps);
    padded rows decode from an empty state and are dropped. ``max_graphs`` bounds
    the CUDA graphs (and their state buffers) held at once, least recently used
    first out; :meth:`release` frees them all.
    """

    def __init__(
        self,
        model: torch.nn.Module,
        *,
        compute_dtype: torch.dtype | None = None,
        state_dtype: torch.dtype = torch.float32,
        compile_step: bool = False,
        compile_dynamic: bool = True,
        compile_backend: str = "inductor",
        cuda_graph: bool = False,
        step_kind: str | None = None,
        prefill_chunk: int | None = None,
        batch_buckets: Sequence[int] | str | None = "auto",
        max_graphs: int | None = None,
        threads: int | None = None,
    ):
        self.model = model
        self.lm = unwrap(model)
        self.device = self.lm.lm_head.weight.device
        self.compute_dtype = compute_dtype or self.lm.lm_head.weight.dtype
        self.state_dtype = state_dtype
        self.compile_step = compile_step
        self.compile_dynamic = compile_dynamic
        self.compile_backend = compile_backend
        self.prefill_chunk = prefill_chunk  # a smaller scan chunk bounds prefill memory at large batch
        self.cuda_graph = cuda_graph and self.device.type == "cuda"
        self.threads = threads  # native step: OpenMP threads (default: torch's intra-op count)
        if step_kind is None:
            step_kind = self._default_step_kind()
        self.step_kind = step_kind
        if self.step_kind not in ("native", "ring", "shift", "fused"):
            raise ValueError(f"step_kind must be 'native', 'ring', 'shift' or 'fused', got {step_kind!r}")
        if self.step_kind in ("ring", "native") and (compile_step or self.cuda_graph):
            raise ValueError(f"the {self.step_kind} step is for eager execution; use step_kind='shift' to compile or graph")
        if self.step_kind == "native":
            if self.device.type != "cpu" or self.compute_dtype != torch.float32 or state_dtype != torch.float32:
                raise ValueError("the native step runs on CPU in float32 (compute_dtype and state_dtype)")
            from . import cpu_kernel

            if not cpu_kernel.available():
                raise RuntimeError(f"the native CPU step is not available: {cpu_kernel.why_unavailable()}")
        if batch_buckets == "auto":
            batch_buckets = DEFAULT_BUCKETS if (compile_step or self.cuda_graph) else None
        self.batch_buckets = tuple(sorted(batch_buckets)) if batch_buckets else None
        self.max_graphs = max_graphs
        self._graphs: OrderedDict[int, tuple] = OrderedDict()
        self.compiled_batches: set[int] = set()  # batch sizes the compiled step has been specialised for
        self.refresh()

    def _default_step_kind(self) -> str:
        if self.compile_step or self.cuda_graph:
            return "shift"
        if self.device.type == "cpu" and self.compute_dtype == torch.float32 and self.state_dtype == torch.float32:
            from . import cpu_kernel

            if cpu_kernel.available():
                return "native"
        return "ring"

    @property
    def path(self) -> str:
        """What computes a token, in words (recorded by the benchmarks)."""
        if self.step_kind == "native":
            return "native float32 (" + ", ".join(f"{k} {v}" for k, v in self.native.storage().items()) + ")"
        dtype = str(self.compute_dtype).removeprefix("torch.")
        extra = (", compiled" if self.compile_step else "") + (", CUDA graph" if self.cuda_graph else "")
        return f"{self.step_kind} {dtype}{extra}"

    @property
    def exact(self) -> bool:
        """True where the step computes in float32 throughout (greedy output equals the float32 reference)."""
        return self.compute_dtype == torch.float32 and self.state_dtype == torch.float32

    # -- weights -------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read weights (call after the LoRA scale or adapter changes)."""
        cdt = self.compute_dtype
        m0 = self.lm.backbone.layers[0].mixer
        self.dims = Dims(
            d_inner=m0.intermediate_size, conv_dim=m0.conv_dim, heads=m0.num_heads, head_dim=m0.head_dim,
            groups=m0.n_groups, d_state=m0.ssm_state_size, kernel=m0.conv1d.weight.shape[-1],
            norm_eps=self.lm.backbone.layers[0].norm.variance_epsilon, gnorm_eps=m0.norm.variance_epsilon,
            # transformers < 5.2x normalises the gated output as one group (no group_size attribute)
            gnorm_groups=m0.intermediate_size // getattr(m0.norm, "group_size", m0.intermediate_size),
            dt_lo=float(m0.time_step_limit[0]), dt_hi=float(m0.time_step_limit[1]),
        )
        self.release()
        self.embed = self.lm.backbone.embeddings.weight.detach()
        self.vocab = self.lm.lm_head.weight.shape[0]
        if self.step_kind == "native":
            from .cpu_kernel import NativeModel

            self.native = NativeModel(self.lm, self.dims)
            self.layers, self.ring_aux = [], []
            self.head = self.lm.lm_head.weight.detach()
            return
        layers = []
        for block in self.lm.backbone.layers:
            m = block.mixer
            in_w, in_b = effective_linear(m.in_proj)
            out_w, out_b = effective_linear(m.out_proj)
            layers.append(LayerWeights(
                norm=block.norm.weight.detach().float(),
                in_w=in_w.to(cdt).contiguous(), in_b=None if in_b is None else in_b.to(cdt),
                conv_w=m.conv1d.weight.detach().squeeze(1).float().contiguous(),
                conv_b=None if m.conv1d.bias is None else m.conv1d.bias.detach().float(),
                dt_bias=m.dt_bias.detach().float(), A=-torch.exp(m.A_log.detach().float()),
                D=m.D.detach().float(), gnorm=m.norm.weight.detach().float(),
                out_w=out_w.to(cdt).contiguous(), out_b=None if out_b is None else out_b.to(cdt),
            ))
        self.layers = layers
        self.ring_aux = [RingAux.build(w, self.dims) for w in layers] if self.step_kind == "ring" else []
        self.norm_f = self.lm.backbone.norm_f.weight.detach().float()
        self.norm_f_eps = self.lm.backbone.norm_f.variance_epsilon
        self.head = self.lm.lm_head.weight.detach().to(cdt).contiguous()
        self._step_layer = layer_step_fused if self.step_kind == "fused" else layer_step
        if self.compile_step:
            self._step_layer = self.compiled_step(self._step_layer)

    def compiled_step(self, fn: Callable) -> Callable:
        """``fn`` compiled for this decoder, within dynamo's recompile limit by design.

        Shapes are bounded by the batch buckets (dynamic shapes: one entry for
        batch 1 and one for the rest; static: one per bucket). The step function
        gets a code object of its own, because dynamo counts recompiles per code
        object and several decoders in one process (``mambagen bench``, a worker
        with two models) would otherwise share one count. The limit is raised to
        what the buckets need, deliberately, and never lowered.
        """
        import torch._dynamo

        need = (len(self.batch_buckets) if self.batch_buckets else 8) + 2
        config = torch._dynamo.config
        name = "recompile_limit" if hasattr(config, "recompile_limit") else "cache_size_limit"
        if getattr(config, name) < need:
            setattr(config, name, need)
        return torch.compile(_copy_function(fn), dynamic=self.compile_dynamic, fullgraph=True,
                             backend=self.compile_backend)

    def release(self) -> None:
        """Free the CUDA graphs (and the state buffers they own); the next step captures again."""
        self._graphs.clear()
        if self.device.type == "cuda":
            torch.cuda.empty_cache()

    # -- the step ------------------------------------------------------------------
    def _step(self, tokens: torch.Tensor, state: _State) -> torch.Tensor:
        if self.step_kind == "native":
            b = tokens.shape[0]
            logits = state.logits
            if logits is None or logits.shape[0] != b:
                logits = state.logits = torch.empty(b, self.vocab, dtype=torch.float32)
            tokens = tokens.to(torch.int64).contiguous()
            self.native.step(tokens, state.conv_all, state.ssm_all, logits, self.threads or torch.get_num_threads())
            return logits
        if self.compile_step:
            self.compiled_batches.add(tokens.shape[0])
        x = self.embed[tokens].float()
        if self.step_kind == "ring":
            for w, aux, window, ssm in zip(self.layers, self.ring_aux, state.conv, state.ssm, strict=True):
                x = layer_step_ring(x, w, aux, self.dims, window, state.pos, ssm)
            state.pos = (state.pos + 1) % self.dims.kernel
        else:
            for w, conv, ssm in zip(self.layers, state.conv, state.ssm, strict=True):
                x = self._step_layer(x, w, self.dims, conv, ssm)
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.norm_f_eps) * self.norm_f
        return F.linear(x.to(self.head.dtype), self.head).float()

    def _graph_step(self, tokens: torch.Tensor, state: _State) -> torch.Tensor:
        """The step replayed from a CUDA graph captured for this batch size.

        The graph owns its state buffers: warm-up and capture run on copies (warm-up
        executes the step, which would otherwise advance the caller's state), and
        the caller's state is moved into the graph's buffers before the first replay.
        """
        b = tokens.shape[0]
        entry = self._graphs.get(b)
        if entry is None:
            if self.max_graphs is not None:
                while len(self._graphs) >= self.max_graphs:
                    self._graphs.popitem(last=False)
                torch.cuda.empty_cache()
            static_tokens = tokens.clone()
            buffers = _State(conv=[c.clone() for c in state.conv], ssm=[t.clone() for t in state.ssm])
            stream = torch.cuda.Stream()
            stream.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(stream):
                for _ in range(2):  # warm up (and compile) outside the graph, on the copies
                    self._step(static_tokens, buffers)
            torch.cuda.current_stream().wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                static_logits = self._step(static_tokens, buffers)
            entry = (graph, static_tokens, static_logits, buffers)
            self._graphs[b] = entry
        self._graphs.move_to_end(b)
        graph, static_tokens, static_logits, captured = entry
        if state.conv is not captured.conv:
            for dst, src in zip(captured.conv + captured.ssm, state.conv + state.ssm, strict=True):
                dst.copy_(src)
            state.conv, state.ssm = captured.conv, captured.ssm
        static_tokens.copy_(tokens)
        graph.replay()
        return static_logits

    # -- prefill ---------------------------------------------------------------------
    @torch.no_grad()
    def prefill(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, *,
                rows: int | None = None) -> tuple[torch.Tensor, _State]:
        """Logits after the prompt and the decode state; ``rows`` pads the state to that many rows (zeros)."""
        hidden, states = backbone_forward(self.model, input_ids, attention_mask=attention_mask, return_states=True,
                                          chunk_size=self.prefill_chunk)
        head = self.lm.lm_head
        logits = head(hidden[:, -1].to(head.weight.dtype)).float()
        b = input_ids.shape[0]
        extra = (rows or b) - b
        if extra < 0:
            raise ValueError(f"rows={rows} is fewer than the batch of {b}")

        def pad(t: torch.Tensor) -> torch.Tensor:
            return torch.cat([t, t.new_zeros((extra, *t.shape[1:]))]) if extra else t

        ssm = [pad(s.ssm.to(self.state_dtype)).contiguous() for s in states]
        conv = [pad(s.conv.to(torch.float32)).contiguous() for s in states]
        if self.step_kind == "native":
            conv_all, ssm_all = torch.stack(conv).contiguous(), torch.stack(ssm).contiguous()
            return logits, _State(conv=list(conv_all), ssm=list(ssm_all), conv_all=conv_all, ssm_all=ssm_all)
        if self.step_kind == "ring":
            k = self.dims.kernel
            windows = []
            for c in conv:
                window = torch.zeros(self.dims.conv_dim, c.shape[0], k, device=self.device)
                window[:, :, : k - 1] = c.permute(1, 0, 2)
                windows.append(window)
            return logits, _State(conv=windows, ssm=ssm, pos=k - 1)
        return logits, _State(conv=conv, ssm=ssm)

    # -- generation ------------------------------------------------------------------
    @torch.no_grad()
    def generate(
        self,
        prompts: Sequence[Sequence[int]],
        params: SamplingParams,
        *,
        pad_id: int = 0,
        constrain: Callable[[int, list[int]], torch.Tensor | None] | None = None,
        on_token: Callable[[int], None] | None = None,
    ) -> list[DecodeResult]:
        """Generate for a batch of token-id prompts (left-padded together).

        ``constrain(row, generated_ids)`` may return a boolean mask over the
        vocabulary of the tokens allowed next (grounded decoding).
        """
        start = time.perf_counter()
        b = len(prompts)
        width = max(len(p) for p in prompts)
        ids = torch.full((b, width), pad_id, dtype=torch.long)
        mask = torch.zeros((b, width), dtype=torch.long)
        for i, p in enumerate(prompts):
            ids[i, width - len(p):] = torch.tensor(list(p), dtype=torch.long)
            mask[i, width - len(p):] = 1
        ids, mask = ids.to(self.device), mask.to(self.device)
        rows = bucket_for(b, self.batch_buckets)
        logits, state = self.prefill(ids, mask, rows=rows)
        chosen = torch.full((rows,), pad_id, dtype=torch.long, device=self.device)  # padded rows feed pad_id
        generators = _generators(params, b)
        out: list[list[int]] = [[] for _ in range(b)]
        done = [False] * b
        reasons = ["length"] * b
        stop = set(params.stop_ids)
        step = self._graph_step if self.cuda_graph else self._step
        for _ in range(params.max_new_tokens):
            logits = logits[:b]
            if constrain is not None:
                for row in range(b):
                    if not done[row]:
                        allowed = constrain(row, out[row])
                        if allowed is not None:
                            logits[row].masked_fill_(~allowed.to(logits.device), float("-inf"))
            picked = _choose(logits, params, generators)
            chosen_list = picked.tolist()
            for row, token in enumerate(chosen_list):
                if done[row]:
                    continue
                if token in stop:
                    done[row] = True
                    reasons[row] = "stop"
                    continue
                out[row].append(token)
                if on_token is not None:
                    on_token(row)
            if all(done):
                break
            chosen[:b] = picked
            logits = step(chosen, state)
        seconds = time.perf_counter() - start
        return [DecodeResult(out[i], reasons[i], len(prompts[i]), seconds) for i in range(b)]


def _generators(params: SamplingParams, b: int) -> list[torch.Generator] | None:
    if params.temperature <= 0:
        return None
    seeds = list(params.seeds) if params.seeds is not None else list(range(b))
    return [torch.Generator().manual_seed(int(seeds[i]) & 0x7FFF_FFFF_FFFF_FFFF) for i in range(b)]


def _choose(logits: torch.Tensor, params: SamplingParams, generators: list[torch.Generator] | None) -> torch.Tensor:
    if generators is None:
        return logits.argmax(-1)
    probs = torch.softmax(logits.float().cpu() / params.temperature, dim=-1)
    if params.top_p < 1.0:
        sorted_p, order = probs.sort(dim=-1, descending=True)
        keep = sorted_p.cumsum(-1) - sorted_p < params.top_p
        sorted_p = sorted_p * keep
        probs = torch.zeros_like(probs).scatter(-1, order, sorted_p)
    rows = [torch.multinomial(probs[i], 1, generator=generators[i]) for i in range(probs.shape[0])]
    return torch.cat(rows).to(logits.device)


def tokens_per_second(results: Sequence[DecodeResult]) -> float:
    total = sum(len(r.tokens) for r in results)
    seconds = max((r.seconds for r in results), default=0.0)
    return total / seconds if seconds > 0 else math.nan
