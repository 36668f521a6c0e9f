#pragma once

#include <array>
#include <cstdint>

namespace dnas {

/** A small, fast random generator (xoshiro256**, seeded through splitmix64)
 *  with its own distributions, so that a seed gives the same sequence with
 *  every compiler and standard library (std:: distributions are
 *  implementation-defined). Not thread-safe: one Rng per thread. */
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed);

    /** Uniform 64-bit value. */
    std::uint64_t next();
    /** Uniform integer in [0, n); n must be > 0. Unbiased (rejection). */
    std::uint64_t below(std::uint64_t n);
    /** Uniform double in [0, 1) with 53 random bits. */
    double uniform();
    /** True with probability p. */
    bool chance(double p) { return uniform() < p; }
    /** Standard normal variate (Box–Muller; caches the second value). */
    double normal();

    /** The whole generator state (for checkpoints): four state words, the
     *  cached normal's bits and whether it is cached. */
    using State = std::array<std::uint64_t, 6>;
    State state() const;
    void setState(const State &state);

private:
    std::uint64_t m_s[4] = {};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace dnas
