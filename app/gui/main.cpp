#include "app/application.h"

int main(int argc, char** argv)
{
    return cd::ui::runApplication(argc, argv);
}
