#include "crypto.h"

#include <sodium.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>

namespace cd::server {

namespace {

// Bounds concurrent Argon2 work (memory-hard: 64 MiB each).
class Gate
{
public:
    explicit Gate(int n) : m_free(n) {}
    void enter()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [this] { return m_free > 0; });
        --m_free;
    }
    void leave()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            ++m_free;
        }
        m_cv.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_free;
};

Gate& argonGate()
{
    static Gate gate(2);
    return gate;
}

struct GateHold
{
    GateHold() { argonGate().enter(); }
    ~GateHold() { argonGate().leave(); }
};

static_assert(sizeof(crypto_hash_sha256_state) <= 512, "Sha256 state buffer too small");

} // namespace

bool initCrypto()
{
    return sodium_init() >= 0;
}

std::string toHex(const unsigned char* data, std::size_t len)
{
    static const char digits[] = "0123456789abcdef";
    std::string out(len * 2, '0');
    for (std::size_t i = 0; i < len; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 15];
    }
    return out;
}

std::string sha256Hex(std::string_view data)
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return toHex(out, sizeof out);
}

std::string randomHex(std::size_t bytes)
{
    std::string buf(bytes, '\0');
    randombytes_buf(buf.data(), buf.size());
    return toHex(reinterpret_cast<const unsigned char*>(buf.data()), buf.size());
}

std::string hashPassword(std::string_view password)
{
    GateHold hold;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verifyPassword(const std::string& hash, std::string_view password)
{
    GateHold hold;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Sha256::Sha256()
{
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
}

void Sha256::update(std::string_view data)
{
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data.data()), data.size());
}

std::string Sha256::finalHex()
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_state), out);
    return toHex(out, sizeof out);
}

} // namespace cd::server
