# Sourced by the benchmarks: builds the three forms of `pact` a user can get, once per run of a benchmark, and names
# them as commands. From the repo root:
#   native  the Native AOT publish (what the linux-x64 tool package installs)
#   r2r     a framework-dependent ReadyToRun publish (what the per-platform framework-dependent packages hold;
#           built here for this machine's platform)
#   jit     the framework-dependent build without precompiled code (what the `any` package holds)
# Set PACT_BENCH_BUILT=1 to reuse the builds of a previous run as they are.
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
bench_out=${PACT_BENCH_OUT:-$PWD/bench/out}
rid=$(dotnet --info | awk '/^ RID:/ {print $2; exit}')

bench_builds() {
  if [ -z "${PACT_BENCH_BUILT:-}" ]; then
    dotnet publish src/Pact.Cli -c Release -r "$rid" -o "$bench_out/native" -nologo -v quiet >/dev/null
    dotnet publish src/Pact.Cli -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
      -o "$bench_out/r2r" -nologo -v quiet >/dev/null
    dotnet publish src/Pact.Cli -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=false \
      -o "$bench_out/jit" -nologo -v quiet >/dev/null
  fi
  native_pact="$bench_out/native/pact"
  r2r_pact="$bench_out/r2r/pact"
  jit_pact="dotnet $bench_out/jit/pact.dll"
  export native_pact r2r_pact jit_pact
}
