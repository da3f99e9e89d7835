/* Test infrastructure only, never shipped: a stand-in for bcryptprimitives.dll under
 * Wine 8, which lacks ProcessPrng (Rust's standard library calls it since 1.78 to seed
 * its hash maps). Placed beside presskit.exe by .ci/windows, it answers from
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has. Windows 10 and later have
 * the real function; nothing here is part of presskit. */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);

/* Fills `data` with `length` random bytes; always TRUE, as Windows documents. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
