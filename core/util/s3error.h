#pragma once

#include <QList>
#include <QString>

namespace PartSweep {

// An error as a value: what went wrong, where, and the words a storage admin needs.
struct S3Error
{
    enum class Kind
    {
        Http,        // the server answered with an error status (code/message from its XML body)
        Network,     // connection refused, reset, DNS, TLS: no (complete) answer
        Timeout,     // no answer within the request timeout
        Xml,         // the answer could not be parsed
        Credentials, // no usable credentials, or a credential source failed
        Config,      // a malformed config file, a missing profile, a bad endpoint
        Cancelled,   // the caller cancelled
        Paging,      // a listing stopped because the server's paging markers did not advance
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;          // 0 when there was no HTTP answer
    QString code;                // S3 error code, e.g. "AccessDenied", "NoSuchUpload"
    bool codeFromServer = false; // the code was in the server's <Error> document, not inferred from the status
    QString message;             // the server's message, or ours (never contains secrets)
    QString requestId;           // x-amz-request-id, for support cases
    QString resource;            // bucket/key the request was about
    QString hint;                // what to do about it, in words ("Enable requester pays ...")

    // Settings the hint names, by settingPhrase(): a front end that has its own name for one (a
    // command-line flag, a control) puts it in place of the phrase (core never names flags).
    enum class Setting
    {
        RequesterPays,   // send x-amz-request-payer: requester
        CaBundle,        // the PEM file of extra trusted CAs
        TlsVerification, // turning certificate checks off
        SsoSignIn,       // signing in to IAM Identity Center from PartSweep (the window offers it)
        MaxListingPages, // the bound on the pages of one bucket's listing
    };
    QList<Setting> settings;
    static QString settingPhrase(Setting setting);

    // One sentence for people: "Access denied by the bucket policy (AccessDenied, HTTP 403,
    // request id tx00...) on photos/a.jpg. <hint>"
    QString toString() const;

    bool isNotFound() const { return httpStatus == 404; }
};

} // namespace PartSweep
