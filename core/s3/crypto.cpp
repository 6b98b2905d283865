#include "s3/crypto.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <limits>

namespace PartSweep::Crypto {

namespace {

// OpenSSL wants a valid pointer even for zero bytes; an empty QByteArrayView may carry nullptr.
const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char none = 0;
    return view.isEmpty() ? &none : reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *writableBytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    const int ok = EVP_Digest(bytesOf(data), static_cast<size_t>(data.size()), writableBytes(digest), &length,
                              EVP_sha256(), nullptr);
    if (ok != 1 || length != static_cast<unsigned int>(Sha256Size))
        return {};
    return digest;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // HMAC() takes the key length as an int; SigV4 keys are 32 to ~100 bytes, so this never trips.
    if (key.size() > std::numeric_limits<int>::max())
        return {};
    QByteArray mac(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    // The one-shot HMAC() is not deprecated in OpenSSL 3 (only HMAC_CTX is); given an output
    // buffer it uses no static state, so it is thread-safe.
    const unsigned char *result = HMAC(EVP_sha256(), bytesOf(key), static_cast<int>(key.size()), bytesOf(data),
                                       static_cast<size_t>(data.size()), writableBytes(mac), &length);
    if (!result || length != static_cast<unsigned int>(Sha256Size))
        return {};
    return mac;
}

} // namespace PartSweep::Crypto
