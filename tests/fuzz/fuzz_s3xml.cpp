// libFuzzer target: every S3 XML parser on the same bytes (ListBuckets, ListMultipartUploads with
// and without url encoding, ListParts, GetBucketLocation, Error), and the lifecycle parser with
// its promise: what it accepts, written back, reads back with the same meaning (a rule the user
// did not ask to change is never changed by a round trip).
#include "lifecycle/lifecycleconfig.h"
#include "s3/s3xml.h"

#include <cstdint>
#include <cstdlib>

using namespace PartSweep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)S3Xml::parseListBuckets(xml);
    (void)S3Xml::parseListMultipartUploads(xml, S3Xml::KeyEncoding::None);
    (void)S3Xml::parseListMultipartUploads(xml, S3Xml::KeyEncoding::Url);
    (void)S3Xml::parseListParts(xml);
    (void)S3Xml::parseBucketLocation(xml);
    (void)S3Xml::parseError(xml);

    const Result<LifecycleConfig> config = LifecycleConfig::parse(xml);
    if (config && config->exists) {
        const QByteArray written = config->toXml();
        const Result<LifecycleConfig> again = LifecycleConfig::parse(written);
        if (!again || !again->sameMeaning(*config))
            std::abort(); // a round trip changed a rule
    }
    return 0;
}
