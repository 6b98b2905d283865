#include "s3/crypto.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

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

namespace {

template<typename T, void (*Free)(T *)>
struct Owned
{
    T *p = nullptr;
    ~Owned() { Free(p); }
};
using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Bio = Owned<BIO, BIO_free_all>;
using Md = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using Big = Owned<BIGNUM, BN_free>;
using Sig = Owned<ECDSA_SIG, ECDSA_SIG_free>;

QByteArray padded(const BIGNUM *n)
{
    QByteArray out(32, '\0');
    if (BN_bn2binpad(n, writableBytes(out), 32) != 32)
        return {};
    return out;
}

} // namespace

Es256Signature es256Sign(QByteArrayView pemPrivateKey, QByteArrayView data)
{
    Es256Signature out;
    Bio bio{BIO_new_mem_buf(pemPrivateKey.data(), int(pemPrivateKey.size()))};
    if (!bio.p)
        return out;
    Key key{PEM_read_bio_PrivateKey(bio.p, nullptr, nullptr, nullptr)};
    if (!key.p || EVP_PKEY_get_base_id(key.p) != EVP_PKEY_EC)
        return out;
    char group[32] = {};
    size_t groupLength = 0;
    if (!EVP_PKEY_get_utf8_string_param(key.p, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength) ||
        QByteArrayView(group, qsizetype(groupLength)) != "prime256v1")
        return out;
    Big x, y;
    if (!EVP_PKEY_get_bn_param(key.p, OSSL_PKEY_PARAM_EC_PUB_X, &x.p) ||
        !EVP_PKEY_get_bn_param(key.p, OSSL_PKEY_PARAM_EC_PUB_Y, &y.p))
        return out;
    Md md{EVP_MD_CTX_new()};
    size_t derLength = 0;
    if (!md.p || EVP_DigestSignInit(md.p, nullptr, EVP_sha256(), nullptr, key.p) != 1 ||
        EVP_DigestSign(md.p, nullptr, &derLength, bytesOf(data), size_t(data.size())) != 1)
        return out;
    QByteArray der(qsizetype(derLength), '\0');
    if (EVP_DigestSign(md.p, writableBytes(der), &derLength, bytesOf(data), size_t(data.size())) != 1)
        return out;
    const unsigned char *cursor = bytesOf(der);
    Sig sig{d2i_ECDSA_SIG(nullptr, &cursor, long(derLength))};
    if (!sig.p)
        return out;
    out.signature = padded(ECDSA_SIG_get0_r(sig.p));
    out.signature.append(padded(ECDSA_SIG_get0_s(sig.p)));
    out.x = padded(x.p);
    out.y = padded(y.p);
    out.ok = out.signature.size() == 64 && out.x.size() == 32 && out.y.size() == 32;
    return out;
}

bool es256Verify(QByteArrayView x, QByteArrayView y, QByteArrayView data, QByteArrayView signature)
{
    if (x.size() != 32 || y.size() != 32 || signature.size() != 64)
        return false;
    // The public key from its point (uncompressed: 04 || x || y).
    QByteArray point(1, '\x04');
    point.append(x);
    point.append(y);
    Owned<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free> build{OSSL_PARAM_BLD_new()};
    if (!build.p || !OSSL_PARAM_BLD_push_utf8_string(build.p, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) ||
        !OSSL_PARAM_BLD_push_octet_string(build.p, OSSL_PKEY_PARAM_PUB_KEY, point.data(), size_t(point.size())))
        return false;
    Owned<OSSL_PARAM, OSSL_PARAM_free> params{OSSL_PARAM_BLD_to_param(build.p)};
    Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free> context{EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr)};
    Key key;
    if (!params.p || !context.p || EVP_PKEY_fromdata_init(context.p) != 1 ||
        EVP_PKEY_fromdata(context.p, &key.p, EVP_PKEY_PUBLIC_KEY, params.p) != 1)
        return false;
    Sig sig{ECDSA_SIG_new()};
    BIGNUM *r = BN_bin2bn(bytesOf(signature.first(32)), 32, nullptr);
    BIGNUM *s = BN_bin2bn(bytesOf(signature.sliced(32)), 32, nullptr);
    if (!sig.p || !r || !s || ECDSA_SIG_set0(sig.p, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig.p, &der);
    if (derLength <= 0)
        return false;
    Md md{EVP_MD_CTX_new()};
    const bool valid = md.p && EVP_DigestVerifyInit(md.p, nullptr, EVP_sha256(), nullptr, key.p) == 1 &&
                       EVP_DigestVerify(md.p, der, size_t(derLength), bytesOf(data), size_t(data.size())) == 1;
    OPENSSL_free(der);
    return valid;
}

} // namespace PartSweep::Crypto
