#pragma once

#include "s3/s3client.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Access to the S3 sandbox the CTest fixture started (PARTSWEEP_SANDBOX_DIR), and to awscli as
// the reference client. For integration tests only.
namespace PartSweep::Test {

struct Sandbox
{
    QString dir;
    QString endpoint;
    QString region;
    AwsCredentials owner;
    AwsCredentials requester;
    QString ownerId;
    QString requesterId;
    QString stsEndpoint; // a second gateway of the cluster that also answers STS AssumeRole
    QString roleArn;     // a role the requester may assume (s3:*)

    // Reads `s3-sandbox env DIR plain`; empty endpoint when there is no sandbox.
    static Sandbox fromEnvironment();
    bool isValid() const { return !endpoint.isEmpty(); }

    S3ClientConfig clientConfig(const AwsCredentials &credentials) const;

    // Runs /usr/bin/aws against the sandbox with the given keys; returns stdout, or a null
    // string (and a QWARN with stderr) when it fails.
    QString aws(const QStringList &args, const AwsCredentials &credentials) const;
    QString aws(const QStringList &args) const { return aws(args, owner); }

    // The pending uploads of a bucket as awscli lists them (it pages by itself): (key, upload id)
    // pairs, sorted; the owner's keys unless others are given.
    QList<std::pair<QString, QString>> awsUploads(const QString &bucket, const AwsCredentials &credentials = {}) const;
};

} // namespace PartSweep::Test
