# The .deb installs and runs on its own: cpack makes it from the build, it is
# unpacked into a temporary root, and the installed `dnas info` and
# `dnas-studio --demo --screenshot` run from there, finding their tables,
# controllers and translations without the build or source tree.
# -D CPACK_CONFIG=<build>/CPackConfig.cmake WORK=<dir>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(GLOB debs "${WORK}/*.deb")
if(NOT status EQUAL 0 OR NOT debs)
    message(FATAL_ERROR "cpack made no .deb:\n${out}")
endif()
list(GET debs 0 deb)
execute_process(COMMAND dpkg-deb -x "${deb}" "${WORK}/root" RESULT_VARIABLE status
                ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed:\n${out}")
endif()
set(bin "${WORK}/root/usr/bin")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=DNAS_DATA_DIR
                        "${bin}/dnas" info --bench nb101
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT out MATCHES "rows: 423624")
    message(FATAL_ERROR "the installed dnas info failed (${status}):\n${out}\n${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=DNAS_DATA_DIR QT_QPA_PLATFORM=offscreen
                        "${bin}/dnas-studio" --demo --screenshot "${WORK}/shot.png"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 600)
if(NOT status EQUAL 0 OR NOT EXISTS "${WORK}/shot.png")
    message(FATAL_ERROR "the installed dnas-studio --demo failed (${status}):\n${out}\n${err}")
endif()
file(SIZE "${WORK}/shot.png" size)
message(STATUS "installed from ${deb}; dnas info ok; screenshot ${size} bytes")
