#!/usr/bin/env bash
# One GPU lease for the embedded model, all phases of scripts/gpu/train_embedded.py in a row:
#   data -> pretrain -> tune A | tune B (side by side) -> proxy A | proxy B -> choose -> compact -> lora -> final
# PRETRAIN_S=0 skips pretraining (tune starts from the shipped base); VARIANTS=B tunes one variant alone;
# TUNE_PROXY=0 leaves out the proxy right after the tune (the final proxy still judges what ships).
# Start it detached (it outlives the device call that starts it), then poll its logs:
#   setsid bash scripts/gpu/session.sh /tmp/mgo > /tmp/mgo.log 2>&1 < /dev/null &
# Deliverables land in the folder given (default /tmp/mambagen-out); a later call copies them to $OUT.
# Time budgets come from the environment (seconds): PRETRAIN_S, TUNE_S, LORA_S; the other phases are short.
# EXTRA adds arguments to every phase (for example "--n-train 40000 --tune-lr 8e-4").
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out="${1:-/tmp/mambagen-out}"
mkdir -p "$out"
log() { echo "[$(date +%T)] $*" | tee -a "$out/session.log"; }

if [ -d .whl ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl/*.whl \
    || { log "wheels did not install"; exit 1; }
  export PYTHONPATH="/tmp/site:$PWD/.whl/mamba_ssm_triton${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
run="python3 scripts/gpu/train_embedded.py --out $out --work /tmp/mambagen-train ${EXTRA:-}"

log "data"
$run --phases data > "$out/data.log" 2>&1 || { log "data failed"; exit 1; }
if [ "${PRETRAIN_S:-360}" != 0 ]; then
  log "pretrain"
  # batched tokenization uses every core only with Rust parallelism on (the pools elsewhere need it off);
  # with it off the 2026-12-01 run spent 212 s of a 489 s phase tokenizing
  TOKENIZERS_PARALLELISM=true $run --phases pretrain --pretrain-seconds "$PRETRAIN_S" > "$out/pretrain.log" 2>&1 \
    || { log "pretrain failed"; exit 1; }
fi
# VARIANTS="A B" tunes both side by side (each gets half the GPU); one variant gets all of it
read -r -a wanted <<< "${VARIANTS:-A B}"
par=false; [ ${#wanted[@]} -eq 1 ] && par=true
log "tune ${wanted[*]}"
declare -A pid
tune_phases=tune,proxy; [ "${TUNE_PROXY:-1}" = 0 ] && tune_phases=tune
for v in "${wanted[@]}"; do
  TOKENIZERS_PARALLELISM=$par $run --phases "$tune_phases" --variant "$v" --tune-seconds "${TUNE_S:-270}" \
    --pack "tune$v" > "$out/tune$v.log" 2>&1 &
  pid[$v]=$!
done
variants=""
for v in "${wanted[@]}"; do
  if wait "${pid[$v]}"; then variants="${variants:+$variants,}$v"; else log "tune $v failed"; fi
done
[ -n "$variants" ] || { log "every tune failed"; exit 1; }
# The chosen base is compacted and packed before the LoRA starts: a lease that ends during the LoRA
# (as the 2026-12-01 run's did, losing every weight) still brings back a base to ship.
log "choose among $variants, compact"
$run --phases choose,compact --variants "$variants" --pack base > "$out/base.log" 2>&1 \
  || { log "choose/compact failed"; exit 1; }
log "lora, final"
# alone on the machine: tokenizing the train set single-threaded cost the 2026-12-01 LoRA 190 s
TOKENIZERS_PARALLELISM=true $run --phases lora,final --lora-seconds "${LORA_S:-150}" --pack final > "$out/final.log" 2>&1 \
  || { log "final phases failed"; exit 1; }
log "done"
touch "$out/DONE"
