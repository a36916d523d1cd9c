#!/usr/bin/env bash
# Measures MatDesign on a GPU against the CPU of the same machine, once, and prints the figures.
# Needs: a built clone (./mvnw -B verify -DskipTests), Java 21+, the reference data (../shared/data or
# MATDESIGN_DATA), and a CUDA build of libtorch 2.7.1 (the version DJL 0.35.1's JNI was built for), e.g. the
# libtorch-cxx11-abi-shared-with-deps-2.7.1+cu128 download unpacked at $LIBTORCH (holding lib/ and build-version).
# Usage: LIBTORCH=/opt/libtorch releng/gpu/measure-gpu.sh [EPOCHS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
epochs="${1:-3}"
: "${LIBTORCH:?set LIBTORCH to an unpacked CUDA libtorch 2.7.1 (with lib/ and build-version)}"
work="$(mktemp -d)"
md="$here/matdesign"

cpu() { env -u PYTORCH_LIBRARY_PATH "$@"; }
gpu() { PYTORCH_LIBRARY_PATH="$LIBTORCH/lib" PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128 "$@"; }
seconds() { local s=$(date +%s.%N); "$@" >"$work/last.out" 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
            echo "$(date +%s.%N) - $s" | bc; }

echo "== training throughput (bench train, B=64 x 20 atoms)"
cpu "$md" bench train --json --device cpu | tee "$work/bench-cpu.json"
gpu "$md" bench train --json --device gpu | tee "$work/bench-gpu.json"

echo "== training the default MEIDNet configuration for $epochs epochs, seed 1"
t_cpu=$(seconds cpu "$md" train --device cpu --dataset perov_5 --epochs "$epochs" --fusion early+cl --seed 1 \
        --threads "$(nproc)" --out "$work/model-cpu")
t_gpu=$(seconds gpu "$md" train --device gpu --dataset perov_5 --epochs "$epochs" --fusion early+cl --seed 1 \
        --out "$work/model-gpu")
echo "train: cpu ${t_cpu} s, gpu ${t_gpu} s, speedup $(echo "$t_cpu / $t_gpu" | bc -l | cut -c1-5)x"
echo "held-out figures (cpu, then gpu):"
grep -o '"test_[a-z_0-9]*": *[-0-9.eE]*' "$work/model-cpu/model.json" | head -8
grep -o '"test_[a-z_0-9]*": *[-0-9.eE]*' "$work/model-gpu/model.json" | head -8

echo "== a design on each (the bundled model, README's target)"
design=(design --target band_gap=1.2 --target formation_energy=-0.025 --count 35 --starts 16 --seed 1)
t_cpu=$(seconds cpu "$md" "${design[@]}" --device cpu --out "$work/design-cpu")
t_gpu=$(seconds gpu "$md" "${design[@]}" --device gpu --out "$work/design-gpu")
starts=$((35 * 16))
echo "design: cpu ${t_cpu} s ($(echo "$starts / $t_cpu" | bc -l | cut -c1-6) starts/s), gpu ${t_gpu} s" \
     "($(echo "$starts / $t_gpu" | bc -l | cut -c1-6) starts/s), speedup $(echo "$t_cpu / $t_gpu" | bc -l | cut -c1-5)x"
echo "agreement of the designs (same seed; floats differ in the last bits, so kept starts may differ):"
paste -d' ' <(cut -d, -f4 "$work/design-cpu/candidates.csv" | tail -n +2) \
            <(cut -d, -f4 "$work/design-gpu/candidates.csv" | tail -n +2) | awk '$1==$2{s++} END{print s" of "NR" ranked formulas equal"}'
grep -h '"meidnet.device"' "$work/design-cpu/provenance.json" "$work/design-gpu/provenance.json"
echo "outputs in $work"
