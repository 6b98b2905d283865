#include "inventory/inventoryscanner.h"

#include "inventory/inventorymodel.h"
#include "inventory/uploadscan.h"
#include "util/logging.h"

#include <QTimer>

namespace PartSweep {

namespace {
QString refId(const QString &bucket, const QString &uploadId)
{
    return bucket + u'\n' + uploadId;
}
} // namespace

InventoryScanner::InventoryScanner(S3Client *client, InventoryModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(200);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &InventoryScanner::progressed);
}

InventoryScanner::~InventoryScanner() = default;

bool InventoryScanner::isExactKeyOnlyServer(const QByteArray &serverHeader)
{
    return serverHeader.toLower().contains("minio");
}

void InventoryScanner::refresh(const QStringList &buckets)
{
    cancel();
    ++m_generation;
    m_progress = {};
    m_pagesByBucket.clear();
    m_uploadsByBucket.clear();
    m_sizeQueue.clear();
    m_sizeQueued.clear();
    m_sized.clear();
    m_clock.start();

    UploadScan::Options options;
    options.buckets = buckets;
    options.sizes = false; // sizes are fetched lazily, by priority (pumpSizes)
    // The model stores the uploads (handlePage): the scan keeps none, or every upload would be
    // held twice (~670 bytes each).
    options.keep = [](const UploadInfo &) { return false; };
    m_scan = new UploadScan(m_client, options, this);
    connect(m_scan, &UploadScan::bucketsListed, this, &InventoryScanner::handleBucketsListed);
    connect(m_scan, &UploadScan::pageListed, this, &InventoryScanner::handlePage);
    connect(m_scan, &UploadScan::bucketFinished, this, &InventoryScanner::handleBucketFinished);
    connect(m_scan, &UploadScan::finished, this, &InventoryScanner::handleScanFinished);
    Q_EMIT scanStarted();
    m_scan->start();
}

void InventoryScanner::cancel()
{
    m_sizeQueue.clear();
    m_sizeQueued.clear();
    if (!m_scan)
        return;
    UploadScan *scan = std::exchange(m_scan, nullptr);
    scan->disconnect(this);
    scan->cancel();
    // The buckets still being listed keep what they have, marked incomplete.
    if (m_model) {
        for (const ListingOutcome &o : scan->outcomes())
            m_pagesByBucket.remove(o.bucket);
        for (auto it = m_pagesByBucket.cbegin(); it != m_pagesByBucket.cend(); ++it) {
            m_model->setBucketScanState(it.key(), InventoryModel::ScanState::Incomplete, tr("Scan cancelled"),
                                        it.value(), m_uploadsByBucket.value(it.key()));
        }
    }
    scan->deleteLater();
    noteProgress();
    Q_EMIT scanFinished();
}

qsizetype InventoryScanner::uploadsHeldByScan() const
{
    return m_scan ? m_scan->uploads().size() : 0;
}

void InventoryScanner::handleBucketsListed(const QList<BucketInfo> &buckets)
{
    m_progress.buckets = int(buckets.size());
    if (m_model)
        m_model->setBuckets(buckets);
    noteProgress();
}

void InventoryScanner::handlePage(const ListUploadsPage &page)
{
    const int pages = ++m_pagesByBucket[page.bucket];
    const qint64 uploads = (m_uploadsByBucket[page.bucket] += page.uploads.size());
    ++m_progress.pages;
    m_progress.uploads += page.uploads.size();
    if (m_model) {
        m_model->queueUploads(page.bucket, page.uploads);
        m_model->setBucketScanState(page.bucket, InventoryModel::ScanState::Scanning, {}, pages, uploads);
    }
    noteProgress();
}

void InventoryScanner::handleBucketFinished(const ListingOutcome &outcome)
{
    m_pagesByBucket.remove(outcome.bucket);
    ++m_progress.bucketsDone;
    if (outcome.error && outcome.error->kind != S3Error::Kind::Cancelled)
        ++m_progress.bucketsFailed;
    if (m_model)
        m_model->applyListingOutcome(outcome);
    noteProgress();
}

void InventoryScanner::handleScanFinished()
{
    UploadScan *scan = std::exchange(m_scan, nullptr);
    if (!scan)
        return;
    const std::optional<S3Error> fatal = scan->fatalError();
    const int buckets = int(scan->buckets().size());
    scan->deleteLater();
    m_progress.elapsedMs = m_clock.elapsed();
    if (m_model)
        m_model->flushPendingChanges();
    noteProgress();
    if (fatal)
        Q_EMIT fatalError(*fatal);
    else if (m_progress.uploads == 0 && buckets > 0)
        checkExactKeyOnlyServer();
    Q_EMIT scanFinished();
}

// MinIO answers ListMultipartUploads without an exact key with an empty list, so an account
// that looks clean may not be. Ask once, with the answer's Server header, and say so.
void InventoryScanner::checkExactKeyOnlyServer()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QString bucket = m_model->index(0, 0).data(InventoryModel::BucketRole).toString();
    const quint64 generation = m_generation;
    m_client->listUploadsPage(S3Client::ListUploadsQuery::forBucket(bucket), this,
                              [this, generation](Result<ListUploadsPage>, const ResponseMeta &meta) {
                                  if (generation != m_generation)
                                      return;
                                  const QByteArray server = meta.headers.value("server");
                                  if (!isExactKeyOnlyServer(server))
                                      return;
                                  Q_EMIT noticeRaised(
                                      tr("This server (%1) lists pending multipart uploads only for an exact "
                                         "object name, so PartSweep cannot see them by scanning a bucket. "
                                         "Zero uploads here does not mean there are none: use the server's own "
                                         "tools (mc ls --incomplete) or a lifecycle rule "
                                         "(AbortIncompleteMultipartUpload).")
                                          .arg(QString::fromLatin1(server)));
                              });
}

void InventoryScanner::prioritizeSizes(const QList<UploadRef> &uploads)
{
    // Pushed to the front in reverse so the first asked is the first sent.
    for (auto it = uploads.crbegin(); it != uploads.crend(); ++it) {
        const QString id = refId(it->bucket, it->uploadId);
        if (m_sized.contains(id))
            continue;
        m_sizeQueued.insert(id);
        m_sizeQueue.push_front(*it);
    }
    pumpSizes();
}

void InventoryScanner::sizeAll()
{
    if (!m_model)
        return;
    for (int b = 0; b < m_model->rowCount(); ++b) {
        const QModelIndex bucket = m_model->index(b, 0);
        const int rows = m_model->rowCount(bucket);
        for (int r = 0; r < rows; ++r) {
            const std::optional<InventoryModel::UploadView> u = m_model->uploadView(m_model->index(r, 0, bucket));
            const QString id = refId(u->bucket, u->uploadId);
            if (m_sized.contains(id) || m_sizeQueued.contains(id))
                continue;
            m_sizeQueued.insert(id);
            m_sizeQueue.push_back(UploadRef{u->bucket, u->key, u->uploadId});
        }
    }
    pumpSizes();
}

void InventoryScanner::pumpSizes()
{
    while (m_sizesInFlight < m_maxSizesInFlight && !m_sizeQueue.empty()) {
        const UploadRef ref = m_sizeQueue.front();
        m_sizeQueue.pop_front();
        const QString id = refId(ref.bucket, ref.uploadId);
        if (m_sized.contains(id)) // a duplicate left behind by a later priority
            continue;
        m_sized.insert(id); // in flight counts as sized: never asked twice
        ++m_sizesInFlight;
        const quint64 generation = m_generation;
        m_client->listAllParts(
            ref.bucket, ref.key, ref.uploadId, this, [this, ref, generation](Result<S3Client::PartsSummary> parts) {
                --m_sizesInFlight; // a request of a replaced scan frees its slot too
                if (generation != m_generation)
                    return;
                if (parts) {
                    ++m_progress.sizesDone;
                    if (m_model)
                        m_model->setUploadSize(ref.bucket, ref.uploadId, int(parts->parts.size()), parts->totalBytes);
                } else {
                    ++m_progress.sizesFailed;
                    qCInfo(lcS3, "parts of %s/%s: %s", qUtf8Printable(ref.bucket), qUtf8Printable(ref.key),
                           qUtf8Printable(parts.error().toString()));
                }
                noteProgress();
                pumpSizes();
            });
    }
}

void InventoryScanner::fetchParts(const UploadRef &upload, QObject *context,
                                  std::function<void(Result<S3Client::PartsSummary>)> done)
{
    const quint64 generation = m_generation;
    QPointer<QObject> guard(context);
    m_client->listAllParts(
        upload.bucket, upload.key, upload.uploadId, this,
        [this, upload, generation, guard, done = std::move(done)](Result<S3Client::PartsSummary> parts) {
            if (parts && generation == m_generation && m_model) {
                m_sized.insert(refId(upload.bucket, upload.uploadId));
                m_model->setUploadSize(upload.bucket, upload.uploadId, int(parts->parts.size()), parts->totalBytes);
            }
            if (guard)
                done(std::move(parts));
        });
}

InventoryScanner::Progress InventoryScanner::progress() const
{
    Progress p = m_progress;
    if (m_scan)
        p.elapsedMs = m_clock.elapsed();
    return p;
}

void InventoryScanner::noteProgress()
{
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
}

} // namespace PartSweep
