// courtdesk-ocr-worker: decodes, preprocesses and recognises pages for the app and the CLI.
// It runs as a child process so that a crash or a hang in a parser or in Tesseract costs one
// page, never the app or the batch. The protocol is in core/ocr/workerserver.h.
#include "ocr/workerserver.h"

int main(int argc, char** argv)
{
    return cd::ocr::WorkerServer::main(argc, argv);
}
