#!/usr/bin/env bash
# One GPU lease for the embedded model, all phases of scripts/gpu/train_embedded.py in a row:
#   data -> pretrain -> tune A | tune B (side by side) -> proxy A | proxy B -> choose -> compact -> lora -> final
# Start it detached (it outlives the device call that starts it), then poll its logs:
#   setsid bash scripts/gpu/session.sh /tmp/mgo > /tmp/mgo.log 2>&1 < /dev/null &
# Deliverables land in the folder given (default /tmp/mambagen-out); a later call copies them to $OUT.
# Time budgets come from the environment (seconds): PRETRAIN_S, TUNE_S, LORA_S; the other phases are short.
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
log "pretrain"
# batched tokenization uses every core only with Rust parallelism on (the pools elsewhere need it off);
# with it off the 2026-12-01 run spent 212 s of a 489 s phase tokenizing
TOKENIZERS_PARALLELISM=true $run --phases pretrain --pretrain-seconds "${PRETRAIN_S:-360}" > "$out/pretrain.log" 2>&1 \
  || { log "pretrain failed"; exit 1; }
log "tune A and B side by side"
$run --phases tune,proxy --variant A --tune-seconds "${TUNE_S:-270}" --pack tuneA > "$out/tuneA.log" 2>&1 &
a=$!
$run --phases tune,proxy --variant B --tune-seconds "${TUNE_S:-270}" --pack tuneB > "$out/tuneB.log" 2>&1 &
b=$!
wait $a; ra=$?
wait $b; rb=$?
log "tune A exit $ra, tune B exit $rb"
[ $ra -eq 0 ] || [ $rb -eq 0 ] || { log "both tunes failed"; exit 1; }
variants=$( { [ $ra -eq 0 ] && echo -n A; [ $ra -eq 0 ] && [ $rb -eq 0 ] && echo -n ,; [ $rb -eq 0 ] && echo -n B; } )
# The chosen base is compacted and packed before the LoRA starts: a lease that ends during the LoRA
# (as the 2026-12-01 run's did, losing every weight) still brings back a base to ship.
log "choose among $variants, compact"
$run --phases choose,compact --variants "$variants" --pack base > "$out/base.log" 2>&1 \
  || { log "choose/compact failed"; exit 1; }
log "lora, final"
$run --phases lora,final --lora-seconds "${LORA_S:-150}" --pack final > "$out/final.log" 2>&1 \
  || { log "final phases failed"; exit 1; }
log "done"
touch "$out/DONE"
