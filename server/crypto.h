#pragma once

// Hashing, tokens and password hashes (libsodium).

#include <cstdint>
#include <string>
#include <string_view>

namespace cd::server {

// Initialises libsodium; false if it cannot.
bool initCrypto();

std::string toHex(const unsigned char* data, std::size_t len);
std::string sha256Hex(std::string_view data);
// `bytes` random bytes as lowercase hex.
std::string randomHex(std::size_t bytes);

// Argon2id (crypto_pwhash_str, interactive limits). At most two hashes run at once: each takes
// 64 MiB.
std::string hashPassword(std::string_view password);
bool verifyPassword(const std::string& hash, std::string_view password);

// Incremental SHA-256.
class Sha256
{
public:
    Sha256();
    void update(std::string_view data);
    std::string finalHex();

private:
    alignas(64) unsigned char m_state[512];
};

} // namespace cd::server
