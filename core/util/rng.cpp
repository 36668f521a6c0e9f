#include "rng.h"

#include <cmath>
#include <cstring>

namespace dnas {

namespace {
std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

Rng::State Rng::state() const
{
    std::uint64_t spare = 0;
    static_assert(sizeof spare == sizeof m_spare, "double is 64 bits");
    std::memcpy(&spare, &m_spare, sizeof spare);
    return {m_s[0], m_s[1], m_s[2], m_s[3], spare, m_hasSpare ? 1u : 0u};
}

void Rng::setState(const State &state)
{
    for (int i = 0; i < 4; ++i)
        m_s[i] = state[std::size_t(i)];
    std::memcpy(&m_spare, &state[4], sizeof m_spare);
    m_hasSpare = state[5] != 0;
}

void Rng::reseed(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto &s : m_s)
        s = splitmix64(x);
    m_hasSpare = false;
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t n)
{
    // Reject the top partial block so every residue is equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return x % n;
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

double Rng::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u1;
    do {
        u1 = uniform();
    } while (u1 <= 0.0);
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double a = 2.0 * M_PI * u2;
    m_spare = r * std::sin(a);
    m_hasSpare = true;
    return r * std::cos(a);
}

} // namespace dnas
