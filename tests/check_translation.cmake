# A catalog is complete when lupdate, run on a copy with the app's current
# sources, finds no new string and lrelease reports no unfinished one.
# -D LUPDATE= LRELEASE= PROJECT_IN=<lupdate project .cmake, written at
#    configure time> GENERATOR=<Qt's GenerateLUpdateProject.cmake>
#    TS=<catalog> WORK=<dir>
get_filename_component(name "${TS}" NAME)
file(MAKE_DIRECTORY "${WORK}")
# The project description lupdate reads (Qt writes it only when its lupdate
# target runs, which would also rewrite the catalogs in the source tree).
set(PROJECT "${WORK}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT}
                        -P "${GENERATOR}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot write the lupdate project:\n${out}")
endif()
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -project "${PROJECT}" -no-obsolete -locations none
                        -ts "${WORK}/${name}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${out}")
endif()
if(NOT out MATCHES "\\(0 new and")
    message(FATAL_ERROR "${name} lacks strings of the current sources (run the "
                        "update_translations target and translate them):\n${out}")
endif()
execute_process(COMMAND "${LRELEASE}" "${WORK}/${name}" -qm "${WORK}/${name}.qm"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0 OR NOT out MATCHES " and 0 unfinished\\)" OR out MATCHES "[Ii]gnored")
    message(FATAL_ERROR "${name} has unfinished translations:\n${out}")
endif()
message(STATUS "${name}: ${out}")
