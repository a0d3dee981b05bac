/* A stand-in for Windows' bcryptprimitives.dll, for CI's Wine only: it is never shipped.
 *
 * Rust's standard library asks ProcessPrng (bcryptprimitives.dll) for random numbers on
 * Windows. Debian's Wine 8 has no such DLL, so a Rust .exe stops before main. This DLL
 * forwards ProcessPrng to advapi32's SystemFunction036 (RtlGenRandom), which Wine has.
 * `.ci/run` builds it with mingw and puts it beside the .exe it tests.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
