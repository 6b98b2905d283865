#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The hashing primitives SigV4 needs, ES256 for DPoP proofs, and the only code in PartSweep that
// calls OpenSSL.
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

// ES256 (ECDSA on P-256 with SHA-256), as JSON Web Signatures use it: a key given as PEM
// ("EC PRIVATE KEY" or PKCS#8), the signature as the raw r||s (64 bytes), and the public point
// (x, y: 32 bytes each) for a JWK. `ok` is false when the key is not a P-256 private key or
// OpenSSL fails; never logs the key.
struct Es256Signature
{
    bool ok = false;
    QByteArray signature; // r || s
    QByteArray x, y;      // the public key
};
Es256Signature es256Sign(QByteArrayView pemPrivateKey, QByteArrayView data);
// Checks an ES256 signature (raw r||s) with the public point (tests of what the key signed).
bool es256Verify(QByteArrayView x, QByteArrayView y, QByteArrayView data, QByteArrayView signature);

} // namespace PartSweep::Crypto
