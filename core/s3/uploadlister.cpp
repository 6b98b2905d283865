#include "s3/uploadlister.h"

#include "s3/retrypolicy.h"
#include "s3/s3client.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace PartSweep {

UploadLister::UploadLister(S3Client *client, QString bucket, QString prefix, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_prefix(std::move(prefix))
{
    m_outcome.bucket = m_bucket;
}

void UploadLister::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    requestPage();
}

void UploadLister::cancel()
{
    if (m_finished)
        return;
    S3Error error;
    error.kind = S3Error::Kind::Cancelled;
    error.resource = m_bucket;
    m_outcome.error = error;
    finish();
}

void UploadLister::requestPage()
{
    if (m_finished)
        return; // a retry timer that fired after cancel()
    if (!m_client) {
        cancel();
        return;
    }
    S3Client::ListUploadsQuery query;
    query.bucket = m_bucket;
    query.prefix = m_prefix;
    query.keyMarker = m_keyMarker;
    query.uploadIdMarker = m_uploadIdMarker;
    query.maxUploads = m_pageSize;
    query.urlEncoding = m_urlEncoding;
    m_client->listUploadsPage(query, this, [this](Result<ListUploadsPage> page, const ResponseMeta &) {
        if (m_finished)
            return;
        if (!page) {
            if (RetryPolicy::isPassing(page.error()) && m_failedRounds < m_transientRounds) {
                const int delay = int(std::min<qint64>(qint64(m_firstDelayMs) << m_failedRounds, 30000));
                ++m_failedRounds;
                qCInfo(lcS3, "bucket %s: %s; asking for the page again in %d ms (round %d of %d)",
                       qUtf8Printable(m_bucket), qUtf8Printable(page.error().toString()), delay, m_failedRounds,
                       m_transientRounds);
                QTimer::singleShot(delay, this, &UploadLister::requestPage);
                return;
            }
            m_outcome.error = page.error();
            if (m_failedRounds > 0)
                m_outcome.error->message += QCoreApplication::translate("S3", " (the page was asked for again %1 "
                                                                              "time(s) over about %2 s)")
                                                .arg(m_failedRounds)
                                                .arg((qint64(m_firstDelayMs) << m_failedRounds) / 1000);
            finish();
            return;
        }
        m_failedRounds = 0;
        switch (page->keyReading) {
        case ListUploadsPage::KeyReading::Ambiguous:
            // The same page again, as sent: the keys are then exactly what the XML says.
            m_urlEncoding = false;
            m_outcome.keyRule =
                QStringLiteral("listed without encoding-type (the server did not say whether it encoded keys)");
            qCInfo(lcS3,
                   "bucket %s: the server did not say whether it url-encoded the keys and they read "
                   "differently either way: listing it without encoding-type",
                   qUtf8Printable(m_bucket));
            return requestPage();
        case ListUploadsPage::KeyReading::Decoded:
            m_outcome.keyRule = QStringLiteral("url-decoded (EncodingType element)");
            break;
        case ListUploadsPage::KeyReading::AsSent:
            if (m_outcome.keyRule.isEmpty())
                m_outcome.keyRule = m_urlEncoding ? QStringLiteral("as sent (the keys read the same either way)")
                                                  : QStringLiteral("as sent (no encoding asked)");
            break;
        }
        handlePage(page.value());
    });
}

void UploadLister::handlePage(const ListUploadsPage &received)
{
    ListUploadsPage page = received;
    // A fallback marker (key only) can make a server repeat uploads of the previous page.
    if (!m_previousPageIds.isEmpty()) {
        page.uploads.removeIf([this](const UploadInfo &u) { return m_previousPageIds.contains(u.uploadId); });
        if (page.uploads.isEmpty() && !received.uploads.isEmpty()) {
            m_outcome.warnings << QCoreApplication::translate(
                "S3", "The server repeated a page of uploads; the listing stopped there.");
            finish();
            return;
        }
    }
    ++m_outcome.pages;
    m_outcome.uploads += page.uploads.size();
    const int maxPages = m_client ? m_client->config().maxListingPages : S3ClientConfig::DefaultMaxListingPages;
    m_previousPageIds.clear();
    for (const UploadInfo &u : std::as_const(page.uploads))
        m_previousPageIds.insert(u.uploadId);
    if (!page.uploads.isEmpty() || !page.commonPrefixes.isEmpty())
        Q_EMIT pageListed(page);
    if (m_finished) // a receiver may have cancelled
        return;

    if (!received.isTruncated) {
        m_outcome.complete = true;
        finish();
        return;
    }
    if (maxPages > 0 && m_outcome.pages >= maxPages) {
        // Fresh markers every time, so no cycle to see: only a bound ends it.
        S3Error error;
        error.kind = S3Error::Kind::Paging;
        error.resource = m_bucket;
        //: %1: a number of pages, %2: a number of uploads.
        error.message = QCoreApplication::translate("S3", "The listing stopped after %1 pages (%2 uploads) while the "
                                                          "server still said there is more")
                            .arg(m_outcome.pages)
                            .arg(m_outcome.uploads);
        error.hint = QCoreApplication::translate("S3", "The uploads listed so far are shown; the rest of the bucket "
                                                       "is not. A bucket rarely holds that many: the server's paging "
                                                       "may be broken. Raise %1 if it really does.")
                         .arg(S3Error::settingPhrase(S3Error::Setting::MaxListingPages));
        error.settings = {S3Error::Setting::MaxListingPages};
        qCWarning(lcS3, "%s: %d pages and still truncated: stopping", qUtf8Printable(m_bucket), m_outcome.pages);
        m_outcome.error = error;
        finish();
        return;
    }

    QString nextKey = received.nextKeyMarker;
    QString nextId = received.nextUploadIdMarker;
    const UploadInfo *last = received.uploads.isEmpty() ? nullptr : &received.uploads.constLast();
    if (nextKey.isEmpty() && last) {
        m_outcome.warnings << QCoreApplication::translate("S3",
                                                          "The server said there is more but sent no NextKeyMarker; "
                                                          "continued after the last upload listed.");
        nextKey = last->key;
        nextId = last->uploadId;
    } else if (nextId.isEmpty() && last && last->key == nextKey) {
        m_outcome.warnings << QCoreApplication::translate(
            "S3", "The server sent no NextUploadIdMarker; continued after the last "
                  "upload listed.");
        nextId = last->uploadId;
    }
    // Markers that do not advance, or that come back to a page already read (a cycle of any
    // length), would make the listing endless.
    const QString markerPair = nextKey + QChar(u'\0') + nextId;
    if (nextKey.isEmpty() || m_requestedMarkers.contains(markerPair) ||
        (nextKey == m_keyMarker && nextId == m_uploadIdMarker)) {
        //: %1: the key the next page would have started after.
        m_outcome.warnings << QCoreApplication::translate(
                                  "S3", "The server's paging markers did not advance (key-marker '%1'); the "
                                        "listing stopped to avoid looping and may be incomplete.")
                                  .arg(nextKey);
        qCWarning(lcS3, "%s: paging markers did not advance; stopping", qUtf8Printable(m_bucket));
        finish();
        return;
    }
    m_requestedMarkers.insert(markerPair);
    m_keyMarker = nextKey;
    m_uploadIdMarker = nextId;
    requestPage();
}

void UploadLister::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT finished(m_outcome);
}

} // namespace PartSweep
