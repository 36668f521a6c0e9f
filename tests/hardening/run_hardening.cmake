# The hardening test: builds core, its tests and the fuzz targets with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in a folder of their own,
# then runs them there: the core tests (label core) and every fuzz target
# (label fuzz: its regression inputs, then fuzzing for a bounded time).
# -D SOURCE=<source tree> BUILD=<folder> CXX=<clang++> [FUZZ_SECONDS=30]
if(NOT FUZZ_SECONDS)
    set(FUZZ_SECONDS 30)
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BUILD} -G Ninja
            -DCMAKE_CXX_COMPILER=${CXX}
            -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1
            -DDNAS_SANITIZE=address,undefined -DDNAS_FUZZ=ON -DDNAS_CORE_ONLY=ON
            -DDNAS_FUZZ_SECONDS=${FUZZ_SECONDS}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "configuring the sanitizer build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the sanitizer build failed")
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${BUILD} --output-on-failure -j 2
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "a test failed under AddressSanitizer/UBSan or a fuzz target found "
                        "a failing input (see above; inputs in ${BUILD}/tests/fuzz/artifacts)")
endif()
