# The .deb installs and runs on its own: cpack makes it from the build, it is
# unpacked into a temporary root, and the installed `dnas info` and
# `dnas-studio --demo --screenshot` run from there, finding their tables,
# controllers and translations without the build or source tree.
# -D CPACK_CONFIG=<build>/CPackConfig.cmake WORK=<dir> APP_ID=<application id>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G "DEB;TGZ" --config "${CPACK_CONFIG}" -B "${WORK}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(GLOB debs "${WORK}/*.deb")
file(GLOB tarballs "${WORK}/*.tar.gz")
if(NOT status EQUAL 0 OR NOT debs OR NOT tarballs)
    message(FATAL_ERROR "cpack made no .deb or no .tar.gz:\n${out}")
endif()
# The tarball holds the same tree.
list(GET tarballs 0 tarball)
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar tf "${tarball}" OUTPUT_VARIABLE listing
                RESULT_VARIABLE status)
foreach(f bin/dnas bin/dnas-studio share/dnas-studio/benchmarks/nb101.dnastab
          share/applications/${APP_ID}.desktop
          share/icons/hicolor/256x256/apps/${APP_ID}.png)
    if(NOT status EQUAL 0 OR NOT listing MATCHES "/${f}\n")
        message(FATAL_ERROR "${tarball} lacks ${f}")
    endif()
endforeach()
list(GET debs 0 deb)
execute_process(COMMAND dpkg-deb -x "${deb}" "${WORK}/root" RESULT_VARIABLE status
                ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed:\n${out}")
endif()
# Everything the desktop needs is in place under the one application id.
set(share "${WORK}/root/usr/share")
foreach(f applications/${APP_ID}.desktop
          metainfo/${APP_ID}.metainfo.xml
          icons/hicolor/scalable/apps/${APP_ID}.svg
          icons/hicolor/16x16/apps/${APP_ID}.png
          icons/hicolor/48x48/apps/${APP_ID}.png
          icons/hicolor/256x256/apps/${APP_ID}.png
          dnas-studio/benchmarks/nb101.dnastab dnas-studio/benchmarks/nb201.dnastab
          dnas-studio/controllers/nb101.dnasctl dnas-studio/controllers/nb201.dnasctl)
    if(NOT EXISTS "${share}/${f}")
        message(FATAL_ERROR "the .deb lacks /usr/share/${f}")
    endif()
endforeach()
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
# The catalogs travel inside the executable: German help from the installed app.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=DNAS_DATA_DIR --unset=LC_ALL
                        --unset=LC_MESSAGES "HOME=${WORK}/home" "XDG_CONFIG_HOME=${WORK}/home/.config" LANG=de_DE.UTF-8 LANGUAGE=de QT_QPA_PLATFORM=offscreen
                        "${bin}/dnas-studio" --help
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT out MATCHES "interpretierbare")
    message(FATAL_ERROR "the installed dnas-studio --help is not German under LANG=de_DE:\n${out}\n${err}")
endif()
file(SIZE "${WORK}/shot.png" size)
message(STATUS "installed from ${deb}; dnas info ok; screenshot ${size} bytes")
