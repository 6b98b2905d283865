#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The hashing primitives SigV4 needs, and the only code in PartSweep that calls OpenSSL.
//
// Contract: pure functions of their arguments, safe to call from any thread at once (OpenSSL 3
// one-shot calls, no shared state). The results are raw bytes except where the name says Hex
// (lower-case hexadecimal, as SigV4 wants it). They return an empty QByteArray only when OpenSSL
// itself fails (out of memory); callers that sign a request then get a signature the server
// rejects, never a crash.
namespace PartSweep::Crypto {

inline constexpr qsizetype Sha256Size = 32;

// SHA-256 of data: 32 raw bytes.
QByteArray sha256(QByteArrayView data);

// SHA-256 of data as 64 lower-case hex characters.
QByteArray sha256Hex(QByteArrayView data);

// HMAC-SHA256(key, data): 32 raw bytes. Any key length (longer keys are hashed first, per RFC 2104).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace PartSweep::Crypto
