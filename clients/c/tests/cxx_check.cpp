// Links the C library from C++: the header's extern "C" keeps the names unmangled.
#include "licensing_client.h"

#include <cstdio>
#include <string>

int main() {
    char fingerprint[65];
    if (lic_machine_fingerprint("ATLAS-CAD", "0123456789abcdef", fingerprint) != 0) return 1;
    std::string value(fingerprint);
    std::printf("c++ link check: fingerprint %s\n", value.substr(0, 12).c_str());
    return value.size() == 64 ? 0 : 1;
}
