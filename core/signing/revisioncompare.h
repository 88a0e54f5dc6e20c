#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

// Decides whether a later revision of a PDF differs from an earlier one by nothing but added
// signatures. PDF incremental updates can change anything, so this compares what a reader sees:
// page count, page text, non-widget annotations, form fields, and a low-resolution rendering of
// every page with the new signature widgets masked out.
class RevisionCompare
{
public:
    struct Outcome
    {
        bool onlySignaturesAdded = false;
        QString detail; // technical: which page and what differs
    };

    static Outcome compare(const QByteArray& earlier, const QByteArray& later);
};

} // namespace cd
