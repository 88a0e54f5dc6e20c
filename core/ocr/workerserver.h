#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <functional>
#include <memory>

namespace cd::ocr {

class PageSource;
class TessEngine;

// The OCR worker process's side of the pipe protocol (one JSON object per line):
//
//   {"id":1,"op":"probe","file":F,"password":P}
//       -> {"id":1,"ok":true,"kind":"pdf"|"image","pages":N,"dpi":[...]}
//   {"id":2,"op":"page","file":F,"password":P,"page":n,"lang":L,"dpi":D,
//    "timeLimitMs":T,"pdf":BASE,"image":PATH}
//       -> {"id":2,"progress":42}...  then  {"id":2,"ok":true,"result":{OcrPage}}
//   {"id":0,"op":"warm","langs":["chi_sim"]}   loads the models ahead of the first page
//       -> {"id":0,"ok":true}
//   failures: {"id":..,"ok":false,"code":"corrupt","detail":"..."}
//
// A page request renders or decodes just that page, preprocesses and recognises it, and
// optionally writes BASE.pdf (image + invisible text) and a review image to PATH.
class WorkerServer
{
public:
    explicit WorkerServer(FILE* protocolOut);
    ~WorkerServer();

    // Reads requests from in until EOF or {"op":"quit"}; returns the process exit code.
    int run(FILE* in);
    QJsonObject handle(const QJsonObject& request);

    // Entry point of the worker executable: moves stdout aside for the protocol (libraries
    // that print must not corrupt it), then serves stdin.
    static int main(int argc, char** argv);

private:
    QJsonObject probe(const QJsonObject& request);
    QJsonObject page(const QJsonObject& request);
    QJsonObject warm(const QJsonObject& request);
    void send(const QJsonObject& message);
    bool openSource(const QString& file, const QString& password, QJsonObject* failure);
    void injectFault(int page) const;

    FILE* m_out;
    std::unique_ptr<PageSource> m_source;
    std::unique_ptr<TessEngine> m_engine;
    qint64 m_currentId = 0;
};

} // namespace cd::ocr
