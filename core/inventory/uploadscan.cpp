#include "inventory/uploadscan.h"

#include "util/logging.h"

namespace PartSweep {

UploadScan::UploadScan(S3Client *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

bool UploadScan::hasFailures() const
{
    if (m_fatalError)
        return true;
    for (const ListingOutcome &o : m_outcomes) {
        if (o.error || !o.complete)
            return true;
    }
    for (const Sized &s : m_uploads) {
        if (s.partsError)
            return true;
    }
    return false;
}

void UploadScan::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_options.buckets.isEmpty()) {
        for (const QString &name : std::as_const(m_options.buckets))
            m_buckets.append(BucketInfo{name, {}, {}});
        Q_EMIT bucketsListed(m_buckets);
        startBuckets();
        return;
    }
    m_client->listBuckets(this, [this](Result<QList<BucketInfo>> buckets) {
        if (!buckets) {
            m_fatalError = buckets.error();
            checkDone();
            return;
        }
        m_buckets = buckets.value();
        Q_EMIT bucketsListed(m_buckets);
        startBuckets();
    });
}

void UploadScan::cancel()
{
    m_cancelled = true;
    m_pendingBuckets.clear();
    for (UploadLister *lister : findChildren<UploadLister *>())
        lister->cancel();
    checkDone();
}

void UploadScan::startBuckets()
{
    for (const BucketInfo &b : std::as_const(m_buckets))
        m_pendingBuckets.push_back(b.name);
    startNextBuckets();
    checkDone();
}

void UploadScan::startNextBuckets()
{
    while (!m_cancelled && m_activeListers < m_options.maxParallelBuckets && !m_pendingBuckets.empty()) {
        const QString bucket = m_pendingBuckets.front();
        m_pendingBuckets.pop_front();
        auto *lister = new UploadLister(m_client, bucket, m_options.prefix, this);
        lister->setPageSize(m_options.pageSize);
        connect(lister, &UploadLister::pageListed, this, &UploadScan::handlePage);
        connect(lister, &UploadLister::finished, this,
                [this, lister](const ListingOutcome &outcome) { handleBucketFinished(lister, outcome); });
        ++m_activeListers;
        // Region first: requests to a bucket in another region must be signed for it.
        m_client->bucketRegion(bucket, lister, [lister](Result<QString>) { lister->start(); });
    }
}

void UploadScan::handlePage(const ListUploadsPage &page)
{
    const qsizetype first = m_uploads.size();
    m_listed += page.uploads.size();
    for (const UploadInfo &upload : page.uploads) {
        if (!m_options.keep || m_options.keep(upload))
            m_uploads.append(Sized{upload, std::nullopt, std::nullopt});
    }
    Q_EMIT pageListed(page);
    if (m_options.sizes)
        requestSizes(first, m_uploads.size() - first);
}

void UploadScan::requestSizes(qsizetype first, qsizetype count)
{
    for (qsizetype i = first; i < first + count; ++i) {
        const UploadInfo &u = m_uploads.at(i).upload;
        ++m_pendingSizes;
        m_client->listAllParts(u.bucket, u.key, u.uploadId, this, [this, i](Result<S3Client::PartsSummary> parts) {
            --m_pendingSizes;
            if (parts)
                m_uploads[i].parts = parts.value();
            else
                m_uploads[i].partsError = parts.error();
            checkDone();
        });
    }
}

void UploadScan::handleBucketFinished(UploadLister *lister, const ListingOutcome &outcome)
{
    --m_activeListers;
    m_outcomes.append(outcome);
    if (outcome.error && outcome.error->kind != S3Error::Kind::Cancelled)
        qCWarning(lcS3, "%s: %s", qUtf8Printable(outcome.bucket), qUtf8Printable(outcome.error->toString()));
    Q_EMIT bucketFinished(outcome);
    lister->deleteLater();
    startNextBuckets();
    checkDone();
}

void UploadScan::checkDone()
{
    if (m_finished || !m_started)
        return;
    const bool listingDone = m_fatalError || (m_activeListers == 0 && m_pendingBuckets.empty() &&
                                              (m_outcomes.size() == m_buckets.size() || m_cancelled));
    if (!listingDone || (m_pendingSizes > 0 && !m_cancelled))
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace PartSweep
