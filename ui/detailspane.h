#pragma once

#include "s3/s3client.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace PartSweep {

// The current upload: what it is, who started it, its parts (number, size, ETag, last
// modified) and the lifecycle rule that will abort it, if any (x-amz-abort-date).
// Shows what it is given; the main window fetches the parts (InventoryScanner::fetchParts).
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showNothing();
    void showBucket(const QString &bucket, const QString &summary);
    // Upload known, parts being listed.
    void showUpload(const UploadInfo &upload, qint64 ageSeconds);
    void showParts(const S3Client::PartsSummary &parts);
    void showPartsError(const QString &message);

private:
    QLabel *m_title;
    QLabel *m_fields;
    QLabel *m_partsHeader;
    QTreeWidget *m_parts;
};

} // namespace PartSweep
