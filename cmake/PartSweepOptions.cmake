# partsweep_options: the compile options every PartSweep target links (INTERFACE only).
#   -Wall -Wextra -Wpedantic always; -Werror with PARTSWEEP_WERROR=ON (CI turns it on).
#   QT_NO_CAST_FROM_ASCII: every string literal says whether it is Latin-1, UTF-8 or translatable.
#   QT_NO_CONTEXTLESS_CONNECT: a connection to a lambda always names the receiver that owns it.
option(PARTSWEEP_WERROR "Treat compiler warnings as errors" OFF)
option(PARTSWEEP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PARTSWEEP_FUZZ "Build core for libFuzzer (clang) and the fuzz targets in tests/fuzz, nothing else" OFF)

add_library(partsweep_options INTERFACE)
add_library(PartSweep::options ALIAS partsweep_options)

target_compile_options(partsweep_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<BOOL:${PARTSWEEP_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

target_compile_definitions(partsweep_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(PARTSWEEP_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PARTSWEEP_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    # Coverage feedback for libFuzzer in everything core compiles; ASan and UBSan catch what
    # does not crash by itself.
    target_compile_options(partsweep_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(partsweep_options INTERFACE -fsanitize=address,undefined)
endif()

if(PARTSWEEP_SANITIZE)
    target_compile_options(partsweep_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(partsweep_options INTERFACE -fsanitize=address,undefined)
endif()
