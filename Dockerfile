# interdict in a small runtime image.
#   docker build -t interdict .
#   docker run --rm -v "$PWD/articles:/data/in:ro" -v "$PWD/warehouse:/data/warehouse" interdict
# The tables go to /data/warehouse/tables. Mount the folder *above* the output: a run
# builds the next output beside it (/data/warehouse/.tables.interdict) and swaps it in,
# which needs both on one file system.
# A pipeline of your own: -v "$PWD/pipeline.toml:/etc/interdict/pipeline.toml:ro" and
# add `--config /etc/interdict/pipeline.toml` to the command.
# Exit codes (README, "Command line"): 0 ok, 1 failed, 2 config, 3 output locked,
# 4 empty input refused, 5 a data check failed.

# --- build: the release binary, dependencies cached in their own layer ---
FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY benches ./benches
# Build the dependencies once with a stub main, so code changes do not rebuild them.
RUN mkdir src && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && cargo build --release --locked --bin interdict \
    && rm -rf src
COPY src ./src
COPY pipeline.toml ./
RUN touch src/main.rs src/lib.rs && cargo build --release --locked --bin interdict \
    && strip target/release/interdict

# --- runtime: Debian slim, the binary and a user without privileges ---
# The binary links only libc, libm and libgcc_s (no OpenSSL, no other shared library).
FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /data interdict \
    && mkdir -p /data/in /data/warehouse && chown -R interdict /data
COPY --from=build /src/target/release/interdict /usr/local/bin/interdict
USER interdict
WORKDIR /data
# The pipeline is built in (the shipped pipeline.toml); logs are JSON lines for log
# collectors; `interdict run` checks its output and exits 5 when a check fails.
ENV INTERDICT_LOG=info
ENTRYPOINT ["interdict", "--log-format", "json"]
CMD ["run", "--input", "/data/in", "--output", "/data/warehouse/tables"]
